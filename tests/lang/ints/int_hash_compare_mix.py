# Ordering and equality among ints, bools and floats; hashing consistency
vals = [3, 3.0, True, 1, 1.0, 0, False, -0.0, 2 ** 64, float(2 ** 64), 10 ** 30, 1e30]
for i in range(len(vals)):
    row = []
    for j in range(len(vals)):
        a, b = vals[i], vals[j]
        row.append("=" if a == b else "<" if a < b else ">")
    print("".join(row))
print([hash(v) for v in vals[:8]])
print(hash(2 ** 64) == hash(float(2 ** 64)), hash(10 ** 30) == hash(1e30), 10 ** 30 == 1e30)
print(sorted(vals, key=lambda v: (v, type(v).__name__)))
d = {}
for v in vals:
    d[v] = type(v).__name__
print(d)
print(len(set([1, 1.0, True])), len({0, 0.0, False, -0.0}))
