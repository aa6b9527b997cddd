# Result types of mixed set/frozenset operations
s = {1, 2, 3}
f = frozenset([2, 3, 4])
for name, r in [("s|f", s | f), ("f|s", f | s), ("s&f", s & f), ("f&s", f & s), ("s-f", s - f), ("f-s", f - s), ("s^f", s ^ f), ("f^s", f ^ s)]:
    print(name, type(r).__name__, sorted(r))
print(type(f.union(s)).__name__, type(s.union(f)).__name__, type(f.copy()).__name__, f.copy() is f)
print(s == f, s == frozenset(s), frozenset() == set(), {frozenset(): 1}[frozenset()])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), f <= {2, 3, 4, 5}, f.issubset(range(10)))
print(frozenset(range(5)), frozenset([3, 3, 1]), repr(frozenset({0})))
