from collections import defaultdict

words = "the quick brown fox jumps over the lazy dog the end".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(sorted(by_letter.items()))

counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts["the"], counts["missing"], len(counts), "missing" in counts)
print(counts.default_factory, isinstance(counts, dict))

nested = defaultdict(lambda: defaultdict(set))
nested["a"]["x"].add(1)
nested["a"]["y"].add(2)
nested["b"]["x"].add(3)
print({k: dict(v) for k, v in nested.items()})

plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain["nope"]
except KeyError as e:
    print("KeyError", e)

d = defaultdict(list, {"a": [1]}, b=[2])
print(d)
print(d.get("zzz"), "zzz" in d)
c = d.copy()
c["c"].append(3)
print(type(c).__name__, c, d)
print(d | {"x": [0]}, {"y": 1} | d)
d |= {"z": []}
print(d)
d.default_factory = tuple
print(d["new"], d)
print(defaultdict(int, [(1, 2)]) == {1: 2})

self_ref = defaultdict(list)
self_ref["me"] = self_ref
print(self_ref)


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)


t = Tally()
t["x"] += 2
print(t, type(t).__name__)
print(defaultdict[str, int])
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)
defaultdict(None, {})[1]
