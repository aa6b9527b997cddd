# repr of bytes and bytearray
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' \"", b"\\", b"\t\n\r", b"\x00\x07\x1b\x7f", bytes(range(0x7c, 0x84)), b"\xff\xfe"]
for s in samples:
    print(repr(s), str(s), repr(bytearray(s)))
print([b"a", bytearray(b"b")], (b"x",), {b"k": b"v"})
print(bytes(5), bytes([0, 255]), bytes("abc", "ascii"), bytes(bytearray(b"q")), bytes(b"copy"))
print(bytes(), bytearray(), bytes(0), bytes(range(3)))
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("str"), lambda: bytes([1.5]), lambda: bytes(None)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(len(repr(bytes(range(256)))), repr(bytes(range(32)))[:60])
