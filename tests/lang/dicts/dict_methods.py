# get, setdefault, pop, popitem, update, copy, clear
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.setdefault("a", 99), d.setdefault("c", 3), d)
print(d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "missing"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(x=10)
print(d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"])
c.clear()
print(c, len(c), d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d["nokey"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
print("x" in d, "nokey" not in d, 10 in d, len(d))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
