# bit_length, bit_count, to_bytes and from_bytes
for v in [0, 1, -1, 2, 7, 8, 255, 256, -256, 2 ** 100, -(2 ** 100), 2 ** 100 - 1]:
    print(v, v.bit_length(), v.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((2 ** 64).to_bytes(9, "big"), (65).to_bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80", signed=True))
print(int.from_bytes(bytearray(b"\x00\x10"), byteorder="big"))
n = 123456789012345678901234567890
b = n.to_bytes((n.bit_length() + 7) // 8, "big")
print(b, int.from_bytes(b, "big") == n)
for v, size, signed in [(256, 1, False), (128, 1, True), (-1, 1, False), (-129, 1, True)]:
    try:
        print(v.to_bytes(size, "big", signed=signed))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((-7).as_integer_ratio(), (10).is_integer() if hasattr(10, "is_integer") else "no is_integer")
