# str/repr of floats in containers, formatting round trips
vals = [0.1, 1 / 3, 1e-5, 1e16, 123.0, -0.0, float("inf")]
print(vals)
print(tuple(vals))
print({1.5: 0.25, 2.0: -0.0})
print(str(1.0), str(10.0), str(1e5), str(1e15), str(1e16), str(1.23e-4), str(1.23e-5))
for v in vals:
    print(float(repr(v)) == v or v != v, str(v) == repr(v))
print("%s %r %.17g %.15g" % (0.1, 0.1, 0.1, 0.1))
print(f"{0.1!r} {0.1!s} {0.1}")
print(str(2.0 ** 100), str(2.0 ** -20), str(3e-7))
print(1.0 * 10 ** 15, 1.0 * 10 ** 16, 999999999999999.9, 9999999999999998.0)
print(0.30000000000000004, 0.3000000000000001, 0.299999999999999988898)
print(1.0000000000000002, 0.9999999999999999, 1.0000000000000001)
print(1e-7, 0.00001, 0.0001, 1.5e-5)
print(123456789.123456789, 1234567890123456789.0)
print(float(str(2 / 7)) == 2 / 7, len(repr(2 / 7)))
print([round(x * 0.1, 1) for x in range(11)])
