# Result types of mixed set/frozenset operations
s = {1, 2, 3}
f = frozenset([2, 3, 4])
for name, r in [("s|f", s | f), ("f|s", f | s), ("s&f", s & f), ("f&s", f & s), ("s-f", s - f), ("f-s", f - s), ("s^f", s ^ f), ("f^s", f ^ s)]:
    print(name, type(r).__name__, sorted(r))
print(type(f.union(s)).__name__, type(s.union(f)).__name__, type(f.copy()).__name__, f.copy() is f)
print(s == f, s == frozenset(s), frozenset() == set(), {frozenset(): 1}[frozenset()])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), f <= {2, 3, 4, 5}, f.issubset(range(10)))
print(frozenset(range(5)), frozenset([3, 3, 1]), repr(frozenset({0})))
s2 = set(f)
s2.add(100)
print(sorted(f), sorted(s2), f == frozenset([2, 3, 4]))
fs = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(fs), sorted([sorted(x) for x in fs]), frozenset([1]) in fs)
d = {frozenset([1, 2]): "a", frozenset([3]): "b"}
print(d[frozenset([2, 1])], d.get(frozenset()), frozenset([3]) in d)
print(frozenset(range(3)) | frozenset(range(2, 5)), frozenset(range(10)) - frozenset(range(0, 10, 2)))
print(frozenset([1, 2]).isdisjoint([3]), frozenset([1, 2]).issuperset([1]), frozenset().issubset(set()))
print(frozenset([1, 2, 3]) > frozenset([1]), frozenset([1]) >= {1}, {1} < frozenset([1, 2]))
for m in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(m, hasattr(frozenset(), m), hasattr(set(), m))
print(type(frozenset(frozenset([1]))).__name__, frozenset(set([5])) == {5}, bool(frozenset()))
