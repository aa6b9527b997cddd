# Floats inside containers use repr
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-4, 1e-5, -0.0, 100.0, 1e22, 5e-324]
print(vals)
print(tuple(vals[:4]))
print({v: i for i, v in enumerate(vals[:3])})
print([round(v, 3) for v in vals[:6]])
print([float(i) for i in range(5)], [i / 2 for i in range(5)])
print([[0.5, 1.5], (2.25,)], {"pi": 3.141592653589793, "e": 2.718281828459045})
print([1e300 * 1e10, -1e300 * 1e10, (1e300 * 1e10) * 0])
print([2.0 ** i for i in range(-3, 4)], [10.0 ** i for i in range(-6, 18, 3)])
print(str([1.10, 2.20]), repr((3.30,)))
print([1.0 * 10 ** 15, 1.0 * 10 ** 16, 1.0 * 10 ** 17])
print([0.000123456, 0.0000123456, 123456789012345680.0])
