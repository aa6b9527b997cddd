#!/usr/bin/env python3.11
"""Generates numeric_cases.inc (expected values for numeric_*_test.cpp) by running CPython 3.11.

Each case is {op, {args...}, expected}. Arguments are encoded as text: "i:<hex int>",
"f:<hex bits of a double>", "s:<utf-8 text>", "n:<int64>". Expected results: repr() of floats,
str() of ints, "(a, b)" for pairs, "ERR:<ExceptionName>:<message>" for errors.
Run: python3.11 tests/unit/gen_numeric_cases.py > tests/unit/numeric_cases.inc
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"
sys.set_int_max_str_digits(4300)


def fbits(x):
    return "f:0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def cstr(s):
    """A C++ string_view literal (octal escapes keep embedded NULs and non-ASCII bytes)."""
    out = []
    for b in s.encode("utf-8", "surrogatepass"):
        c = chr(b)
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif 32 <= b < 127 and c != "?":
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"sv'


def enc(v):
    if isinstance(v, str) and v[:2] in ("i:", "f:", "s:", "n:"):
        return v
    if isinstance(v, bool):
        return "n:%d" % v
    if isinstance(v, int):
        return "i:%s%x" % ("-" if v < 0 else "", abs(v))  # hex: no int/str digit limit
    if isinstance(v, float):
        return fbits(v)
    raise TypeError(v)


def show(v):
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ")"
    if isinstance(v, bytes):
        return v.hex()
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        sys.set_int_max_str_digits(0)
        try:
            return str(v)
        finally:
            sys.set_int_max_str_digits(4300)
    return str(v)


cases = []


def case(op, args, fn):
    try:
        r = fn()
        exp = show(r)
    except Exception as e:  # noqa: BLE001
        exp = "ERR:%s:%s" % (type(e).__name__, e)
    cases.append((op, [enc(a) for a in args], exp))


S = lambda s: "s:" + s  # noqa: E731
N = lambda n: "n:%d" % n  # noqa: E731

# ------------------------------------------------------------------ floats
FL = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, 1e16, 1e-5, 1e-4,
      0.0001, 123456789012345.0, 1.2345678901234567e16, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
      1.7976931348623157e308, math.inf, -math.inf, math.nan, 3.14159, -123.456, 1 / 3, 2 / 3,
      100.0, 1e100, 9.995, 0.05, 1234567.891, 9999999.999, 0.000123456, 2.0**53, 2.0**53 + 2,
      9.5, 0.95, 1e15, 999999999999999.9, 1e-7, 12345.6789e-20, -5e-310]
rnd = random.Random(12345)
for _ in range(60):
    FL.append(struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0])
for _ in range(30):
    FL.append(rnd.uniform(-1e6, 1e6))
FL = [x for x in FL if not (x != x and x is not math.nan)]
for x in FL:
    case("repr", [x], lambda: repr(x))

FSPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".3e", ".0f", ".2f", ".10f", ".0g",
          ".1g", ".3g", ".17g", "#g", "#.3g", "#.0f", "#.0e", "#", "#.2", ".3", ".0", ".1", "+",
          " ", "-", "+.3f", "010.2f", "010", "<10", ">10", "^10", "=10", "*^12.3f", "0=12.2f", ",",
          ",.2f", "_.3f", "015,.2f", "012_", "z.1f", "z", "z.0f", "+z.2f", ",g", ".2%", "010.1%",
          "x", "d", "abc", ".", ",_", "_,", ",s", ".50f", ".30e", ".25g", "\xe9", "\xe9<10",
          "\u20ac^9.2f", "013,", ",.0f", "020_.4e", "z+010.3f", "#.5G", ".2n", ",n", "=+12,.2f",
          "99999999999999999999", ".99999999999999999999", "0<8", "x=+9.1f", "12.4", "#x"]
FFMT = [0.0, -0.0, 1.0, -1.0, 0.1, 2.5, -2.5, 0.125, 1e16, 1e-5, 123456789.123, -1234.5678,
        1e100, 5e-324, math.inf, -math.inf, math.nan, 9.995, 0.0005, -0.0004, 2.0**70,
        1.7976931348623157e308, 99999.5, 1.5e-300]
for x in FFMT:
    for s in FSPECS:
        case("format_float", [x, S(s)], lambda: format(x, s))

# ------------------------------------------------------------------ ints
IFMT = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234567, 65, 1000000, 2**31, 2**63 - 1, -2**63,
        2**64, 10**30, -10**40 + 7, 2**100, 0x10ffff, 0x110000]
ISPECS = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c", ",", "_", "_b", "_x", "#_x",
          "_o", ",d", "10", "010", "<10", "^10", "=10", "+", " ", "-", "+010", "010,", "012_x",
          "#012x", "#012_b", "e", ".2e", "f", ".3f", "g", "%", "n", "08n", "z", ".2", "+c", "#c",
          ",b", ",x", "q", "abc", "*>+#12_x", "0=10", "x<10", ".2f", "_X", "#_X", "0<9", ">05c",
          "^+15,", "z.2f", "\xe9", "E", ",.1%", "020,", "021_b", " #o"]
for x in IFMT:
    for s in ISPECS:
        case("format_int", [x, S(s)], lambda: format(x, s))
case("format_int", [10**5000, S("d")], lambda: format(10**5000, "d"))
case("format_int", [10**5000, S("x")], lambda: format(10**5000, "x"))

# ------------------------------------------------------------------ str
for x in ["hello", "", "h\xe9llo", "ab", "\u20ac\u20ac\u20ac"]:
    for s in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3s", "05", "+", " s", "z",
              "#", "=10", ",", "d", "x", "_", "\xe9^7", ".0", "^", "_s", "-s", "0>4"]:
        case("format_str", [S(x), S(s)], lambda: format(x, s))

# ------------------------------------------------------------------ percent
PI = ["%d", "%i", "%u", "%5d", "%-5d", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d", "%x",
      "%#x", "%#X", "%#010x", "%#-10x", "%o", "%#o", "%#5o", "%e", "%.2f", "%10.3g", "%-+10d",
      "%- 5d", "%#.5x", "%+#x", "%0-6d", "%X", "% 05x", "%-#8o", "%.0d"]
for x in [0, 1, -1, 42, -42, 255, 2**64, -(10**20), 123456789]:
    for s in PI:
        case("percent_int", [x, S(s)], lambda: s % x)
for x in [65, 0x20ac, 0, -1, 0x110000]:
    for s in ["%c", "%5c", "%-3c", "%05c"]:
        case("percent_int", [x, S(s)], lambda: s % x)
case("percent_int", [10**400, S("%f")], lambda: "%f" % 10**400)
PF = ["%f", "%.2f", "%10.3f", "%-10.2f", "%+f", "% f", "%010.2f", "%e", "%E", "%.0e", "%#.0e",
      "%g", "%G", "%.3g", "%#g", "%#.0f", "%d", "%5i", "%x", "%c", "%+.3e", "%F", "%-+012.3f",
      "%08.3g", "%.0f", "%+010.0f", "%#o", "%u", "%.20g", "%.60f"]
for x in [0.0, -0.0, 1.5, -1.5, 2.5, 3.14159, -1234.5678, 1e20, 1e-10, math.inf, -math.inf,
          math.nan, 0.125, 1e300]:
    for s in PF:
        case("percent_float", [x, S(s)], lambda: s % x)

# ------------------------------------------------------------------ parsing
PINT = [("0", 10), ("  42  ", 10), ("-17", 10), ("+8", 10), ("1_000", 10), ("1__0", 10),
        ("_1", 10), ("1_", 10), ("0x_ff", 16), ("0x_ff", 0), ("0xff", 0), ("0o17", 0),
        ("0b101", 0), ("010", 0), ("00", 0), ("0_0", 0), ("0_7", 0), ("ff", 16), ("FF", 16),
        ("z", 36), ("Z", 36), ("12", 2), ("abc", 10), ("", 10), (" ", 10), ("1 2", 10),
        ("\t\n12\x0c", 10), ("\u0663", 10), ("\xa05\xa0", 10), ("1" * 5000, 10), ("1" * 4300, 10),
        ("f" * 5000, 16), ("0x", 16), ("- 1", 10), ("1e5", 10), ("1.0", 10), ("x" * 300, 10),
        ("\xe9" * 150, 10), ("it's", 10), ("99999999999999999999999999999", 10), ("-0", 10),
        ("0b_1_1", 0), ("0B11", 2), ("0x1", 10), ("1", 1), ("1", 37), ("1", -1), ("7", 7),
        ("0o", 8), ("0b", 0), ("a\x00", 10), ("\u0660x", 10), ("12\u200b", 10), ("1\x1c", 10),
        ("-0x_1_f", 0), ("0_", 0), ("1" * 4301, 10), ("1" * 5000, 32), ("0" * 5000, 10),
        ("+_1", 10), ("0__1", 0), ("\u0661\u0662", 0), ("1\n", 10), ("'\"", 10), ("\\", 10)]
for s, b in PINT:
    case("parse_int", [S(s), N(b)], lambda: int(s, b))
for s in ["0", "00", "1_000", "0x_ff", "0XFF", "0o17", "0O7_7", "0b1_0", "0B1", "123456789" * 5,
          "0_0"]:
    case("parse_int_literal", [S(s)], lambda: eval(s))
PFL = ["1.5", "  -2.5e3  ", "inf", "-Infinity", "nan", "NaN", "+inf", "1_000.5", "1__0", "_1",
       "1_", "1e1_0", "1_e5", "1._5", ".5", "5.", ".", "e5", "1e", "0x10", "abc", "", "1e400",
       "1e-400", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "0.1",
       "9007199254740993", "1.00000000000000011102230246251565404236316680908203125",
       "infinity_", "in f", "-0", "\u0661.5", "1.7976931348623159e308", "1.7976931348623158e308",
       "\xa01.25\u3000", "+.5e+2", "-.e1", "1e+", "iNfInItY", "-nan", "1.5\x00", "0" * 400 + "1",
       "1" + "0" * 400, "0." + "0" * 400 + "1e400", "2.2250738585072011e-308", "x\ty", "1_0_0.0_1"]
for s in PFL:
    case("parse_float", [S(s)], lambda: float(s))
for s in ["1.5", "1_0.5e-3", "1.", ".5", "1e10", "0.1", "3.14_15", "1e400", "00.5"]:
    case("parse_float_literal", [S(s)], lambda: eval(s))

# ------------------------------------------------------------------ int ops
I = [0, 1, -1, 7, -7, 3, -3, 2**63 - 1, -2**63, 2**64 + 5, -(2**64 + 5), 10**30 + 17,
     -(10**25) - 3]
for a in I:
    for b in I:
        case("floordiv", [a, b], lambda: a // b)
        case("mod", [a, b], lambda: a % b)
        case("divmod", [a, b], lambda: divmod(a, b))
        case("and", [a, b], lambda: a & b)
        case("or", [a, b], lambda: a | b)
        case("xor", [a, b], lambda: a ^ b)
        case("truediv", [a, b], lambda: a / b)
for a in I + [2**61 - 1, 2**61, -(2**61), 2**100, -(2**100), 2**61 - 2, -(2**61 - 1)]:
    case("invert", [a], lambda: ~a)
    case("bit_length", [a], lambda: a.bit_length())
    case("bit_count", [a], lambda: a.bit_count())
    case("to_double", [a], lambda: float(a))
    case("hash_int", [a], lambda: hash(a))
    case("bin", [a], lambda: bin(a))
    case("oct", [a], lambda: oct(a))
    case("hex", [a], lambda: hex(a))
    case("str", [a], lambda: str(a))
for b in [0, 1, -1, 2, -2, 3, 10, -7, 2**64 + 5]:
    for e in [0, 1, 2, 3, 10, 63, 64, 100, -1, -2, -3, -1075]:
        case("pow", [b, e], lambda: b ** e)
case("pow", [2, 10**30], lambda: "ERR:MemoryError:")
case("pow", [10**400, -1], lambda: (10**400) ** -1)
for b in [0, 1, 2, 3, -3, 10, 2**70 + 1, -(2**70)]:
    for e in [0, 1, 5, 100, -1, -2, 2**80]:
        for m in [1, -1, 7, -7, 10, 0, 2**65 + 13, -(2**65 + 13)]:
            case("powmod", [b, e, m], lambda: pow(b, e, m))
for x in [0, 1, -1, 5, -5, 2**70 + 3, -(2**70 + 3)]:
    for n in [0, 1, 3, 63, 64, 65, 100, 1000, -1, 2**64]:
        if n == 2**64 and x != 0:
            case("lshift", [x, n], lambda: "ERR:MemoryError:")
        else:
            case("lshift", [x, n], lambda: x << n)
        case("rshift", [x, n], lambda: x >> n)
for x in [0, 1, 255, 256, -1, -128, -129, 127, 128, 2**64, -2**63, 65535, -32768]:
    for length in [0, 1, 2, 8, 9, -1]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                case("to_bytes", [x, N(length), S(order), N(signed)],
                     lambda: x.to_bytes(length, order, signed=signed))
for bs in [b"", b"\x00", b"\xff", b"\x80\x00", b"\x00\x80", b"\x01\x02\x03", b"\xff" * 9,
           b"\x7f\xff"]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            case("from_bytes", [S(bs.hex()), S(order), N(signed)],
                 lambda: int.from_bytes(bs, order, signed=signed))
for a in [0, 1, 2**53, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 10**30, -(10**30),
          2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024, 10**400,
          (2**53 + 1) * 2**200, (2**53 + 1) * 2**200 + 1, -(2**1024 - 2**970)]:
    case("to_double", [a], lambda: float(a))
TD = [(1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 3 * 2**1073), (10**400, 10**399), (10**400, 3),
      (2**1024, 1), (2**1024 - 1, 1), (0, -5), (1, 3), (-1, 3), (2**1100, 2**1099 + 1),
      (10**500, 10**192), (10**500 + 1, 10**192), (1, 10**400), (-7, 2**1080), (2**53 + 1, 1),
      (2**53 + 1, 2), (10**30, 7), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1),
      (5, 2**1076), (3, 2**1075), (2**54 + 3, 2**1078)]
for a, b in TD:
    case("truediv", [a, b], lambda: a / b)
CF = [0.0, -0.0, 1.0, 0.5, -0.5, 9007199254740992.0, 9007199254740994.0, 2.0**1000, math.inf,
      -math.inf, math.nan, 1e308, -1e308]
for a in [0, 1, -1, 2**53 + 1, 2**1000, -(2**1000), 10**400, 2**1000 + 1]:
    for x in CF:
        def cmp(a=a, x=x):
            if x != x:
                return "unordered"
            return "<" if a < x else (">" if a > x else "=")
        case("compare", [a, x], cmp)
for a in [0, 5, 15, 25, -25, 1234567, 1250, 1350, -1250, 10**30 + 5 * 10**10, 50, 150, -150,
          10**50]:
    for n in [0, 1, -1, -2, -3, -10, -11, -40, -100, -1000]:
        case("int_round", [a, n], lambda: round(a, n))
case("str", [10**4299], lambda: str(10**4299))
case("str", [10**4300], lambda: str(10**4300))
case("str", [-(10**4299)], lambda: str(-(10**4299)))

# ------------------------------------------------------------------ float ops
F = [0.0, -0.0, 1.0, -1.0, 3.5, -3.5, 0.1, 1e300, -1e-300, math.inf, -math.inf, math.nan, 7.0,
     -2.0, 5e-324, 1e308]
for a in F:
    for b in F:
        case("ffloordiv", [a, b], lambda: a // b)
        case("fmod", [a, b], lambda: a % b)
        case("fdivmod", [a, b], lambda: divmod(a, b))
        case("ftruediv", [a, b], lambda: a / b)
PB = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, 1e300, math.inf, -math.inf, math.nan,
      -8.0, 1e-300]
PE = [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, -0.5, 1e10, 1.5, math.inf, -math.inf, math.nan,
      1025.0, -1075.0, 3.0e20, -3.0]
for a in PB:
    for b in PE:
        def fpow(a=a, b=b):
            r = a ** b
            return "complex" if isinstance(r, complex) else r
        case("fpow", [a, b], fpow)
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e300, -2.5, 3.7, math.inf, math.nan,
          -0.0, 4503599627370497.0, -math.inf, 2.0**52 + 0.5, -3.5]:
    case("fround", [x], lambda: round(x))
for x in [2.675, 0.125, 0.375, 1.5, 2.5, -2.5, 1234.5678, 0.5, 5e-324, 1e300,
          1.7976931348623157e308, -0.4, 0.1, 123456.789, math.inf, math.nan, 0.0, -0.0, 0.285,
          1.005, 5e-310, 1e-320, -1.7976931348623157e308, 15.0, 25.0, 35.0, 0.05]:
    for n in [0, 1, 2, 3, -1, -2, -3, 10, 300, 323, 324, -308, -309, 400, 17, 2**62]:
        case("fround_nd", [x, N(n)], lambda: round(x, n))
FX = F + [2.5, -2.5, 1e16, 2.0**63, -2.0**63, 1e-320, 0.3, 1.7976931348623157e308,
          2.2250738585072014e-308, 123.456, -0.75, 4503599627370497.5]
for x in FX:
    case("is_integer", [x], lambda: x.is_integer())
    case("as_integer_ratio", [x], lambda: x.as_integer_ratio())
    case("fhex", [x], lambda: x.hex())
    case("floor", [x], lambda: math.floor(x))
    case("ceil", [x], lambda: math.ceil(x))
    case("trunc", [x], lambda: math.trunc(x))
    case("int_of_float", [x], lambda: int(x))
    if x == x:
        case("hash_float", [x], lambda: hash(x))
for s in ["0x1.8p1", "1.0", "-0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1p-1076",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "inf", "-Infinity",
          "nan", "  0x10  ", "zz", "0x", "0x.p1", ".8", "0X1P+2", "1p", "0x1.0000000000000800001p0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x0.0p0", "-0x0p0",
          "0x1" + "0" * 300 + "p-1200", "0x1p-99999999999999999999", "0x0p99999999999999999",
          "0x1.p0", "0x.8", "+0x1p-1", "0x1p+-1", "0x1_0p0", "0x1.fffffffffffffp1023",
          "0x0.0000000000001p-1022", "0x1.0000000000001p-1023", "-iNf", "0x1p-1074 ", "\t0x1\n"]:
    case("fromhex", [S(s)], lambda: float.fromhex(s))

# ------------------------------------------------------------------ complex
CV = [0.0, -0.0, 1.0, -1.0, 2.5, math.inf, -math.inf, math.nan, 1e16, 1e-5, 1e300]
for a in CV:
    for b in CV:
        case("complex_repr", [a, b], lambda: repr(complex(a, b)))
        if a == a and b == b:
            case("hash_complex", [a, b], lambda: hash(complex(a, b)))
CD = [(1.0, 2.0), (0.0, 0.0), (3.0, -4.0), (1e300, 1e300), (0.0, 1.0), (-2.0, 0.0),
      (math.inf, 1.0), (math.nan, 0.0), (1e-300, 1e-300), (-0.0, -0.0)]
for a in CD:
    for b in CD:
        case("complex_div", [a[0], a[1], b[0], b[1]], lambda: complex(*a) / complex(*b))
        case("complex_pow", [a[0], a[1], b[0], b[1]], lambda: complex(*a) ** complex(*b))
    case("complex_abs", [a[0], a[1]], lambda: abs(complex(*a)))
for e in [(2.0, 0.0), (3.0, 0.0), (-1.0, 0.0), (101.0, 0.0), (-101.0, 0.0), (0.5, 0.0),
          (1e20, 0.0), (50.0, 0.0), (-3.0, 0.0)]:
    for a in [(1.0, 1.0), (0.0, 0.0), (2.0, -3.0), (1e200, 1e200), (0.5, 0.5)]:
        case("complex_pow", [a[0], a[1], e[0], e[1]], lambda: complex(*a) ** complex(*e))
case("complex_abs", [1e308, 1e308], lambda: abs(complex(1e308, 1e308)))
case("complex_abs", [1.7e308, 1.7e308], lambda: abs(complex(1.7e308, 1.7e308)))
case("complex_abs", [math.nan, math.inf], lambda: abs(complex(math.nan, math.inf)))

CSPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".2f", ".3", ".0e", "#", "#.0f", "+", " ",
          "-", "z.1f", ",.2f", "_", "20", "<20", "^20", ">20", "*^24.3f", "010", "0<10", "=10",
          "+.2e", "x", ",", "12.1g", "z", "d", "s", "#g", ".10", "\u00e9>16"]
for re_ in [0.0, -0.0, 1.0, -2.5, 1234.5678, 1e20, math.inf, math.nan, -1e-7]:
    for im in [0.0, -0.0, 1.0, -3.25, 12345.678, math.nan, -math.inf, 1e-20]:
        for s in CSPECS:
            case("format_complex", [re_, im, S(s)], lambda: format(complex(re_, im), s))

# ------------------------------------------------------------------ randomized sweeps
R = random.Random(2024)


def rand_float():
    k = R.random()
    if k < 0.3:
        return struct.unpack("<d", struct.pack("<Q", R.getrandbits(64)))[0]
    if k < 0.6:
        return R.uniform(-1e4, 1e4)
    if k < 0.8:
        return R.randint(-10**6, 10**6) / R.choice([1, 2, 4, 8, 10, 100, 1000, 3])
    return R.choice([0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e16, 1e-5, 9.5, 99.5, 0.05]) * R.choice(
        [1, -1, 10, 0.1, 1e10, 1e-10])


def rand_spec(float_types):
    out = ""
    if R.random() < 0.3:
        out += R.choice(["", "*", "0", "x", "\u00e9"]) + R.choice("<>=^")
    if R.random() < 0.3:
        out += R.choice("+- ")
    if float_types and R.random() < 0.1:
        out += "z"
    if R.random() < 0.2:
        out += "#"
    if R.random() < 0.2:
        out += "0"
    if R.random() < 0.5:
        out += str(R.randint(0, 25))
    if R.random() < 0.3:
        out += R.choice(",_")
    if float_types and R.random() < 0.6:
        out += "." + str(R.randint(0, 20))
    out += R.choice(["", "e", "E", "f", "F", "g", "G", "n", "%"] if float_types else
                    ["", "b", "o", "x", "X", "d", "n", "c", "e", "f", "g", "%"])
    return out


for _ in range(2500):
    x = rand_float()
    s = rand_spec(True)
    case("format_float", [x, S(s)], lambda: format(x, s))
for _ in range(1500):
    x = R.choice([R.randint(-10**6, 10**6), R.randint(-2**70, 2**70), R.randint(0, 0x10ffff)])
    s = rand_spec(False)
    case("format_int", [x, S(s)], lambda: format(x, s))
for _ in range(1500):
    x = rand_float()
    case("repr", [x], lambda: repr(x))
    n = R.randint(-5, 20)
    case("fround_nd", [x, N(n)], lambda: round(x, n))
for _ in range(400):
    a = R.randint(-2**R.randint(1, 1200), 2**R.randint(1, 1200))
    b = R.randint(1, 2**R.randint(1, 1200)) * R.choice([1, -1])
    case("truediv", [a, b], lambda: a / b)
    case("to_double", [a], lambda: float(a))
    case("hash_int", [a], lambda: hash(a))
for _ in range(500):
    x = rand_float()
    y = rand_float()
    case("hash_float", [x], lambda: hash(x))
    case("fmod", [x, y], lambda: x % y)
    case("ffloordiv", [x, y], lambda: x // y)
    case("fhex", [x], lambda: x.hex())
    h = x.hex()
    case("fromhex", [S(h)], lambda: float.fromhex(h))
    for conv in ["%.3e", "%g", "%#.4g", "%12.5f", "%-+9.2f", "%010.1e"]:
        case("percent_float", [x, S(conv)], lambda: conv % x)

print("// Generated by tests/unit/gen_numeric_cases.py with CPython %s. Do not edit."
      % sys.version.split()[0])
print("// clang-format off")
for op, args, exp in cases:
    while len(args) < 4:
        args.append("")
    print("{%s, {%s}, %s}," % (cstr(op), ", ".join(cstr(a) for a in args), cstr(exp)))
print("// clang-format on")
