# int() from strings in many bases
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("ZZ", 36))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("42", 0), int("0", 0))
print(int("0x10", 16), int("0b11", 2), int("0o7", 8))
print(int("1_000_000"), int("0x_ff", 16), int("  -12  "), int("+0"))
print(int("١٢٣"), int("\u0663"))
print(int(3.99), int(-3.99), int(1e20), int(True), int(-0.5))
print(int("10", 3), int("21", 3), int("-zz", 36))
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))
bad = [("", 10), ("12a", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("2", 2), ("08", 0), ("1.5", 10), (" ", 10), ("9", 8)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("000123"), int("0" * 50 + "7"), int("-0"))
print(int("1" * 60))
print(int("Z" * 20, 36))
