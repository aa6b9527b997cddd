# hash() of numbers follows CPython's numeric hashing (mod 2**61 - 1)
vals = [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 10 ** 30, -(10 ** 30), 0.5, -0.5, 0.1, 1e100, 1e-100, 2.0 ** 70, -(2.0 ** 70), 1.5, 123.456]
for v in vals:
    print(repr(v), hash(v))
print(hash(float("inf")), hash(float("-inf")), hash(True), hash(False))
print(hash(1 + 1j), hash(0.5j), hash(2 - 3j), hash(complex(1e100, 0)) == hash(1e100))
print([hash(t) for t in [(), (0,), (1, 2), (1, (2, 3)), (-1,), (1.5, "x" == "x")]])
print(hash(frozenset()), hash(frozenset([1])) == hash(frozenset([1])), hash(range(0)) == hash(range(0)))
print(all([hash(i) == hash(float(i)) for i in range(-1000, 1000, 37)]))
print(all([hash(2 ** k) == hash(float(2 ** k)) for k in range(0, 1000, 13)]))
