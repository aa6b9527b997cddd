# Tuple comparison, hashing and use as dict keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), ((1,), 2) < ((1, 0), 0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
d = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(d[(0, 0)], d[1, 0], d.get((5, 5), "none"), (0, 1) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)
points = [(3, 1), (1, 2), (1, 1), (2, 5), (1, 2)]
print(sorted(points), max(points), min(points), sorted(set(points)))
print(sorted(points, key=lambda p: (p[1], -p[0])))
grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * y
print(grid[2, 2], len(grid), sorted(grid)[:4])
print((1, 2, 3) in [(1, 2, 3)], 2 in (1, 2, 3), (1,) in ((1,), 2))
