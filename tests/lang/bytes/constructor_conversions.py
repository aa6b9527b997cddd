# bytes() / bytearray() constructors and conversions
print(bytes(b"abc"), bytes(bytearray(b"x")), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)), bytes(4))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("€", encoding="utf-8"))
print(bytearray([0, 1]), bytearray(2), bytearray("ab", "ascii"), bytearray(b"q"), bytearray(range(65, 68)))
print(list(bytes([10, 20])), tuple(bytearray(b"ab")), bytes(bytearray(3)) == b"\x00" * 3)
print(bytes.fromhex("41 42"), bytearray.fromhex("4344"), b"A".hex(), bytes(map(ord, "xyz")))
for bad in [lambda: bytes("x"), lambda: bytes([1, 256]), lambda: bytes(-1), lambda: bytearray("x"), lambda: bytes(["a"]), lambda: bytes(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(str(b"x"), str(b"x", "ascii"), b"x".decode(), repr(bytes(bytearray(b"\x7f"))))
print(bytes(b"abc") is not None, bytes([]) == b"", bytearray() == b"", bytearray(b"a") == bytearray(b"a"))
