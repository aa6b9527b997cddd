# decode, hex, fromhex
b = "héllo 😀".encode()
print(b, b.decode(), b.hex(), b.hex(" "), b.hex(":", 2), b.hex("-", -3))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex(""), bytearray.fromhex("00ff"))
for bad in ["abc", "zz", "0 0"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(b"\x00\x01\xfe\xff".hex(), bytearray(b"\x10\x20").hex(), b"".hex())
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("utf-8", "ignore"), b"caf\xe9".decode("utf-8", "backslashreplace"))
try:
    b"caf\xe9".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfeA\x00".decode("utf-16"), b"A\x00B\x00".decode("utf-16-le"), b"\x00A".decode("utf-16-be"))
print(bytes(range(10)).hex(), bytes(range(250, 256)))
print(bytes.fromhex(b"hello".hex()) == b"hello", bytes.fromhex("ab").decode("latin-1"))
