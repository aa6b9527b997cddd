# keys/values/items views: dynamism and set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 4 in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 99)}), sorted(it - {("a", 1)}))
e = {"b": 0, "c": 0, "x": 0}
print(sorted(d.keys() & e.keys()), sorted(d.keys() - e.keys()), d.keys() == {"a", "b", "c", "d"})
print(k.isdisjoint({"q"}), k.isdisjoint(["a"]), sorted(k) == sorted(list(d)))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(d.values() == d.values(), list(d.values()) == list(d.values()))
print(k <= {"a", "b", "c", "d", "e"}, k < {"a"}, k >= {"a"})
m = d.keys().mapping if hasattr(d.keys(), "mapping") else d
print(m is d or m == d)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k, reverse=True), max(v), sum(v), dict(it) == d)
