# float() from strings and other types
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e5", "1E-5", "+.5", "5.", "1_000.5", "0x10" if False else "16",
          "inf", "-Infinity", "nan", "NaN", "1e400", "-1e400", "1e-400", "0.1e1", "\t\n7\n", "००.५" if False else "0.5"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "0x1p3", "inf inf", "--1", "1 2"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(10), float(-3), float(True), float(2 ** 60), float(b"1.5") if False else 1.5)
print(float(), float(0), float("-0"), float("-0.0"))
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
print(float("1" * 30), float("0." + "0" * 30 + "1"))
print(float("123456789012345678901234567890e-20"))
