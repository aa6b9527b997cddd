# is_integer, as_integer_ratio, hex, fromhex
for v in [1.0, 1.5, -2.0, 0.0, 1e300, 0.1, float("inf")]:
    print(v, v.is_integer())
for v in [0.5, 0.1, -0.75, 3.0, 1e-3, 0.0, 2.0 ** 70, 1 / 3]:
    print(v, v.as_integer_ratio())
for v in [1.0, 0.5, 0.1, -2.5, 0.0, -0.0, 1e300, 5e-324, 1.7976931348623157e308, 3.0, float("inf"), float("nan")]:
    print(v, v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0x.8p0", "0X1P+4", "0x1.fffffffffffffp+1023", "0x1p-1074", "inf", "-nan", " 0x10 ", "0x3.a7p10"]:
    print(s, float.fromhex(s))
for bad in ["0x1p2000", "xyz"]:
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(float.fromhex((0.1).hex()) == 0.1)
