import struct

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(struct.pack("<i", Idx(5)), struct.pack(">H", Idx(258)), struct.pack("<q", True))
print(struct.pack("<??", [], [0]), struct.pack("<d", 3), struct.pack("<f", Idx(2).__index__()))
print(struct.pack(">e", 2), struct.unpack(">e", b"\x3c\x00"), struct.unpack("<e", b"\x00\x7c"))
print(struct.pack("<3B", *range(3)), struct.unpack("<BBB", bytearray(b"abc")))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack(">H", b"\x00\x01\x00\x02\x00\x03")
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack("<I", b"")))
s = struct.Struct(">3sH")
print(list(s.iter_unpack(b"abc\x00\x01xyz\x00\x02")), s.format, s.size)
print(struct.Struct(b"<i").format, struct.calcsize(b">q"))
print(struct.pack("4s", "ab".encode()), struct.pack("<2p", b"a"), struct.unpack("<3p", b"\x05ab"))
print(struct.pack("< i h", 1, 2), struct.calcsize("  i  "), struct.pack("<2c", b"a", b"b"))
print(struct.unpack("<c?x", b"z\x02\x00"), struct.unpack("<0s", b""), struct.pack(">2?", 1, 0))
print(struct.pack("<Q", 2**64 - 1).hex(), struct.pack(">q", -2).hex(), struct.pack("!i", -1).hex())
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack(">d", bytes.fromhex("3ff8000000000000")))

show("float for int", lambda: struct.pack("<i", 1.0))
show("idx huge", lambda: struct.pack("<h", Idx(1 << 20)))
show("idx neg unsigned", lambda: struct.pack("<I", Idx(-1)))
show("none", lambda: struct.pack("<i", None))
show("str for s", lambda: struct.pack("3s", "abc"))
show("int for s", lambda: struct.pack("3s", 5))
show("str for p", lambda: struct.pack("3p", "a"))
show("bool for c", lambda: struct.pack("c", True))
show("iter size", lambda: list(struct.iter_unpack("<I", b"abcde")))
show("iter zero", lambda: struct.iter_unpack("", b""))
show("iter zero x", lambda: struct.iter_unpack("0i", b"ab"))
show("unpack str", lambda: struct.unpack("<i", "abcd"))
show("unpack short", lambda: struct.unpack("<iq", b"\x00" * 5))
show("unpack long", lambda: struct.unpack("<h", b"\x00" * 3))
show("unpack_from off", lambda: struct.unpack_from("<i", b"\x00" * 6, 4))
show("unpack_from neg", lambda: struct.unpack_from("<i", b"\x00" * 3, -8))
show("pack_into ro", lambda: struct.pack_into("<i", b"\x00" * 4, 0, 1))
show("pack_into off", lambda: struct.pack_into("<i", bytearray(4), 2, 1))
show("pack_into args", lambda: struct.pack_into("<i", bytearray(4)))
show("bad fmt type", lambda: struct.calcsize(5))
show("bad char", lambda: struct.calcsize("<y"))
show("repeat nothing", lambda: struct.calcsize("3"))
show("Struct no args", lambda: struct.Struct())
show("e overflow", lambda: struct.pack("<e", 70000.0))
show("half str", lambda: struct.pack("<e", "1"))
show("count huge", lambda: struct.calcsize("99999999999999999999i"))
