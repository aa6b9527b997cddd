# struct: every format code in every byte order, sizes and alignment, round trips.
import struct

values = {
    "b": [-128, -1, 0, 1, 127], "B": [0, 1, 200, 255], "h": [-32768, -2, 0, 300, 32767],
    "H": [0, 1, 65535], "i": [-2**31, -5, 0, 7, 2**31 - 1], "I": [0, 2**32 - 1, 123456],
    "l": [-2**31, 0, 2**31 - 1], "L": [0, 2**32 - 1], "q": [-2**63, -1, 0, 2**63 - 1],
    "Q": [0, 2**64 - 1, 2**40 + 3], "?": [True, False, 0, 5, "", "x"],
    "e": [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 1e-7, 3.14159, float("inf"), -float("inf")],
    "f": [0.0, 1.5, -3.25, 0.1, 3.4e38, 1e-40, float("inf")],
    "d": [0.0, -0.0, 0.1, 1e308, 5e-324, -2.5, float("inf")],
    "c": [b"a", b"\x00", b"\xff"],
}
for order in "@=<>!":
    for code, vals in values.items():
        fmt = order + code
        for v in vals:
            packed = struct.pack(fmt, v)
            print(fmt, repr(v), packed, struct.unpack(fmt, packed))
for order in "@":
    for code in "nNP":
        for v in (0, 1, 2**40):
            packed = struct.pack(order + code, v)
            print(order + code, v, packed, struct.unpack(order + code, packed))
for fmt in ["", "x", "c", "ci", "ic", "cq", "@cq", "<cq", "bhilq", "@bhilq", "=bhilq", "3s", "3p", "3si",
            "0i", "c0i", "5x", "2h3i", "e", "ce", "cd", "?", "ci?", "10s", "P", "cP", "<5sI", "!Hh", "hxi"]:
    print(repr(fmt), struct.calcsize(fmt), struct.Struct(fmt).size)
print(struct.pack("<3s2xI5p", b"abcdef", 7, b"xyz"), struct.unpack("<3s2xI5p", struct.pack("<3s2xI5p", b"abcdef", 7, b"xyz")))
print(struct.pack("2s", b"a"), struct.pack("0s", b"abc"), struct.pack("1p", b"abc"), struct.pack("0p", b""))
print(struct.pack(">hhl", 1, 2, 3), struct.unpack(">hhl", b"\x00\x01\x00\x02\x00\x00\x00\x03"))
print(struct.pack("<4B", *b"\x01\x02\x03\x04"), struct.unpack("<2H", b"\x01\x02\x03\x04"))
s = struct.Struct("<hd")
print(s.format, s.size, s.pack(-3, 2.5), s.unpack(s.pack(-3, 2.5)))
buf = bytearray(16)
s.pack_into(buf, 2, 9, 0.5)
struct.pack_into("<I", buf, 12, 0xDEADBEEF)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<I", buf, offset=12), struct.unpack_from("<I", buf, -4))
struct.pack_into("<h", buf, -2, -1)
print(buf)
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")), list(s.iter_unpack(s.pack(1, 2.0) * 2)))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"), struct.unpack(">e", b"\x7b\xff"))
print(struct.pack("<e", 2.0 ** -25), struct.pack("<e", 2.0 ** -24), struct.pack("<e", 65519.99), struct.pack("<e", 1.0009765625))
print(struct.pack("@i", 3.0.__int__()), struct.unpack("@?", b"\x02"), struct.pack(b"<h", 1), struct.Struct(b"<h").format)


class Idx:
    def __index__(self):
        return 42


print(struct.pack("<i", Idx()), struct.pack("<Q", Idx()))
