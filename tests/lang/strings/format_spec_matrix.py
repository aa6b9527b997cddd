# format() of ints, floats, bools and strs against many format specs, %-formatting, round()
# and float repr.
vals = [0, -0.0, 1.5, -2.25, 1e16, 1.23456789e-5, float("inf"), float("nan"), 123456789, -42, True, 10**20, 2.5, 3.5, 0.1+0.2]
specs = ["", "10", "<10", "^10", "+", " ", "e", ".3e", "g", ".3g", "#g", "%", ".1%", ",", "_", "010.2f", "n", "#x", "#o", "#b", "c", "X", "=+10", "0=10", ".0f", ".10g", "G", "E", "#.0f", "z.1f" ]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("ERR:" + str(e)[:40])
    print(repr(v), "|".join(row))
for v in ["abc", "", "ünï"]:
    for s in ["", "5", ">5", "^6", "*^7", ".2", "10.1", "s", "d", "=5", "+"]:
        try: print(repr(format(v, s)), end=" ")
        except (ValueError, TypeError) as e: print("ERR:" + str(e), end=" ")
    print()
print("%5.2f|%-5d|%+.1e|%g|%G|%o|%X|%c|%c|%%|%5s|%.2s|%r|%a" % (3.14159, 42, 12345.678, 0.00001234, 1e20, 8, 255, 65, "z", "ab", "xyz", "é", "é"))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%#x %#o %e" % (255, 8, 0), "%i %u" % (3, 4), "%*d|%-*.*f" % (5, 1, 8, 2, 3.14159))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(str(1e16), str(1e-5), repr(0.1), str(1/3), 1e300 * 1e10, -1e300 * 1e10, 2**0.5, 10/3, 7.0, 7.10, 1e22, 1.5e-7, 123456789012345678.0)
print(f"{1234.5678:10.2f}|{-1234.5678:<12,.1f}|{1234:+08d}|{0.000123:.2%}|{12:#06x}|{'s':<3}|{3+4j}|{3+4j:.1f}|{complex(0,-1)}")
print(int("0x1f", 16), int("0b101", 0), int("1_000"), float("1_0.5"), int(" 12 "), float(" -inf "), int("-0"), float("1e-400"), float("1e400"))
