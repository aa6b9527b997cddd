import io
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
import types

buf = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=40, stream=buf)
printer.pprint({"numbers": list(range(15)), "letters": "abc"})
printer.pprint(["x" * 20, "y" * 20])
print(buf.getvalue(), end="")
print(repr(buf.getvalue()[:20]))

pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=40)
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry cranberry date".split():
    dd[word[0]].append(word)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("mississippi river banks"), width=40)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint(deque(range(25), maxlen=30), width=40)
pprint.pprint(ChainMap({"a": 1, "b": list(range(10))}, {"c": 3}), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(12)), beta="b" * 30), width=40)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()], width=10)
pprint.pprint(list(range(40)), compact=True, width=40)
pprint.pprint([["ab"] * 5, ["cd"] * 8, "e" * 50], compact=True, width=30)
pprint.pprint({"a": 100000000, "b": 12345678901234}, underscore_numbers=True, width=10)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pprint.pprint([Point(i, i * 2) for i in range(8)], width=30)
print(pprint.isreadable(Point(1, 2)))


class MyList(list):
    pass


class MyDict(dict):
    pass


pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(MyDict(zip("abcdefghij", range(10))), width=40)
