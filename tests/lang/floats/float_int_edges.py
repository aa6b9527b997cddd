# Float/int conversion edges and exact comparisons
print(int(2.0 ** 63), int(-(2.0 ** 63)), int(2.0 ** 64), int(1e20), int(1.7976931348623157e308) % 1000)
print(float(2 ** 63 - 1), float(2 ** 64 - 1), float(-(2 ** 63)))
print(2 ** 63 - 1 == float(2 ** 63 - 1), 2 ** 63 == float(2 ** 63 - 1))
print(0.5 == 1 / 2, 1 / 3 * 3 == 1.0, 0.1 * 3 == 0.3)
print(float("0.1") == 0.1, float("1e-1") == 0.1, float(".1") == 0.1)
print(int(0.0), int(-0.0), float(0), float(-0), str(float(-0)))
print(3.0 == 3, 3.5 > 3, 3.5 < 4, -3.5 < -3)
for v in [0.1, 0.5, 1.5, 2.5, 1e-10]:
    n, d = v.as_integer_ratio()
    print(v, n, d, n / d == v)
print(1e-323, 1e-324, 2e-324, 3e-324)
print(float(10 ** 308) * 10, 1.0 / float(10 ** 308) / 1e16)
