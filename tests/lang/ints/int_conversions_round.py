# int() of floats and strings, round on ints, float() of big ints
for v in [0.9, -0.9, 1e10, -1e10, 2.5, -2.5, 1e18 + 0.5, 123456789.999, 2.0 ** 63, -(2.0 ** 63), 1e300]:
    print(v, int(v))
for v, n in [(12345, -1), (12345, -2), (12355, -1), (-12345, -1), (5, -1), (15, -1), (25, -1), (-25, -1), (10 ** 20 + 5, -1), (7, 3)]:
    print(v, n, round(v, n), type(round(v, n)).__name__)
for v in [2 ** 53, 2 ** 53 + 1, 2 ** 54 + 3, 2 ** 64 + 1, 10 ** 23, 10 ** 308, 2 ** 1023 * 3 // 2]:
    print(v, float(v))
print(int(" 0x1F ".strip(), 16), int("1" * 25, 2), int("zz", 36), int("-0b101", 0))
print(int.__name__, (10).__round__(-1), round(-7, 0), round(0, -5))
for s in ["0", "-0", "+5", "  12  ", "1_2_3", "0b_1", "0o_7", "0x_f", "00", "007"]:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v in [0.0, -0.0, 0.99999, 1e-300, -1e-300, 4.5, -4.5, 1e16, 9007199254740993.0]:
    print(v, int(v), round(v), round(v, 1), int(v) == round(v))
print(int(True), int(False), int("10", 36), int("ZZZZZZ", 36), int("-" + "1" * 40))
print(round(10 ** 20 + 1, -1), round(-(10 ** 20) - 5, -1), round(10 ** 20 + 15, -1), round(2 ** 100, -30))
print(type(round(7, 2)).__name__, type(round(7.0, 2)).__name__, type(round(7.0)).__name__)
try:
    int("1e5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("1e5"))
    print(int(float("1e5")))
except ValueError as e:
    print(type(e).__name__, e)
