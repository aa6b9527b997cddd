from collections import defaultdict
import copy

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, d.default_factory is list, len(d), "c" in d, d.get("c"), len(d))
print(repr(defaultdict(int)), repr(defaultdict()), repr(defaultdict(None, {1: 2})))
n = defaultdict(None)
show("none factory", lambda: n["missing"])
print(n.__missing__ is not None, n.default_factory)
c = defaultdict(int, [("x", 1)], y=2)
c["z"] += 5
print(sorted(c.items()), c.default_factory)
c.default_factory = str
print(repr(c["new"]), c.default_factory)
c.default_factory = None
show("after None", lambda: c["other"])
show("missing direct", lambda: c.__missing__("direct"))
g = defaultdict(lambda: "dflt")
print(g["k"], g.__missing__("m"), sorted(g))
cp = copy.copy(defaultdict(list, {"q": [1]}))
print(type(cp).__name__, cp.default_factory is list, cp)
cp2 = defaultdict(list, {"q": [1]}).copy()
print(type(cp2).__name__, cp2)
dc = copy.deepcopy(defaultdict(list, {"q": [1]}))
print(dc["q"], dc.default_factory is list)
u = defaultdict(int, a=1) | {"b": 2}
print(type(u).__name__, u, u.default_factory)
r = {"b": 2} | defaultdict(int, a=1)
print(type(r).__name__, r)
m = defaultdict(set)
m |= {"s": {1}}
print(m, type(m).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print({k: dict(v) for k, v in nested.items()})
words = "the cat the dog the end".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))

print(defaultdict.fromkeys("ab", 0), defaultdict.fromkeys("ab").default_factory)
print(isinstance(d, dict), defaultdict(int) == {}, defaultdict(int, a=1) == {"a": 1})
class Tracking(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)
t = Tracking(int)
t["k"] += 1
print(t, repr(t))

show("bad factory", lambda: defaultdict(1))
show("bad factory str", lambda: defaultdict("x"))
show("or list", lambda: defaultdict(int) | [])
show("unhashable", lambda: defaultdict(int)[[1]])
show("pop missing", lambda: defaultdict(int).pop("k"))
show("factory raises", lambda: defaultdict(lambda: 1 / 0)["k"])
show("hash", lambda: hash(defaultdict(int)))
show("lt", lambda: defaultdict(int) < defaultdict(int))
