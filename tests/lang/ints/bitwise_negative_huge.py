# Shifts and bitwise ops on negative and huge values
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70), 2 ** 64 - 1]
for v in vals:
    print(v, ~v, v << 3, v >> 2, v & 0xFF, v | 0x0F, v ^ -1)
print(-1 >> 100, -1 << 100, 1 << 100, (1 << 100) >> 99)
print(-7 >> 1, -8 >> 1, -9 >> 3, 7 >> 1)
print(-(2 ** 100) >> 50, (2 ** 100 + 12345) >> 50)
print(-5 & -3, -5 | -3, -5 ^ -3, -5 & 3, -5 | 3, -5 ^ 3)
a = (1 << 80) - 1
b = -(1 << 79)
print(a & b, a | b, a ^ b)
print(0 >> 5, 0 << 1000, 1 << 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True << 3, True & 1, False | 2, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
print(2 ** 200 >> 200, -(2 ** 200) >> 201)
print(12345678901234567890 & 0xFFFFFFFF, 12345678901234567890 ^ 98765432109876543210)
print(~(2 ** 100), -(2 ** 100) & (2 ** 100 - 1))
