import functools

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

def make(op_name):
    def method(self, other):
        if not isinstance(other, Box):
            return NotImplemented
        return {"__lt__": self.v < other.v, "__le__": self.v <= other.v,
                "__gt__": self.v > other.v, "__ge__": self.v >= other.v}[op_name]
    return method

for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    Box = type("Box", (), {
        "__init__": lambda self, v: setattr(self, "v", v),
        "__eq__": lambda self, o: isinstance(o, Box) and self.v == o.v,
        root: make(root),
    })
    Box = functools.total_ordering(Box)
    a, b, c = Box(1), Box(2), Box(1)
    print(root, [a < b, a <= b, a > b, a >= b, a <= c, a >= c, b < a, b > a])
    show("lt int", lambda: a < 1)
    show("ge str", lambda: a >= "x")
    show("le none", lambda: a <= None)

@functools.total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("own lt")
        return self.v < o.v
    def __gt__(self, o):
        print("own gt")
        return self.v > o.v
print(Both(1) < Both(2), Both(1) > Both(2), Both(1) <= Both(1), Both(3) >= Both(1))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs), Version("2.0") >= Version("2.0"), Version("3") > Version("2.9"))
print(Version.__le__.__name__, Version.__gt__.__doc__ is not None or "nodoc")

show("no ops", lambda: functools.total_ordering(type("Empty", (), {})))

def cmp(a, b):
    return (a > b) - (a < b)
K = functools.cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k2 >= k1, k1 != k2, k1.obj)
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
show("key hash", lambda: hash(K(1)))
show("key cmp int", lambda: K(1) < 2)
show("key no args", lambda: K())
show("cmp_to_key bad", lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: "x")))
