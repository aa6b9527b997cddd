# Nested tuple unpacking in for loops and comprehensions
data = [((1, 2), "a"), ((3, 4), "b"), ((5, 6), "c")]
for (x, y), label in data:
    print(label, x + y, x * y)
print([label * x for (x, _), label in data])
print({label: (y, x) for (x, y), label in data})
matrix = (((1, 2), (3, 4)), ((5, 6), (7, 8)))
for ((a, b), (c, d)) in matrix:
    print(a * d - b * c)
edges = [(1, 2, 0.5), (2, 3, 1.5), (1, 3, 2.5)]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((v, w))
    adj.setdefault(v, []).append((u, w))
print(adj)
best = min([(w, u, v) for u, v, w in edges])
print(best)
for i, (name, (lo, hi)) in enumerate([("r", (0, 10)), ("s", (5, 6))]):
    print(i, name, hi - lo)
