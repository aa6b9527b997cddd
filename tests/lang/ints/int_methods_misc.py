# Misc int behaviours: abs, round, conversions, identities
print(abs(-5), abs(5), abs(-10 ** 30), abs(0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(round(15, -1), round(25, -1), round(-25, -1), round(123456, -10))
print(int("12") + 1, str(12) + "1", float(12), complex(12))
print((17).__index__() if hasattr(17, "__index__") else 0, (3).__add__(4), (10).__mod__(3))
print(int.__name__, type(10 ** 100).__name__)
print(max([3, -2, 10 ** 20, 7]), min(range(-5, 5)), sum(range(10 ** 6)))
print(sorted([10 ** 20, -10 ** 20, 0, 5, -5]))
print(int(), int(0), int(-0), int("  7\n"))
print(10 ** 18 + 10 ** 18, 9223372036854775807 * 2, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)
print(-9223372036854775808 // -1, -9223372036854775808 % -1, abs(-9223372036854775808))
print((2 ** 62) * 4, (2 ** 31) * (2 ** 31), 3037000500 * 3037000500)
print(-(-9223372036854775807 - 1), 9223372036854775807 + 1)
x = 0
for i in range(100):
    x = x * 3 + i
print(x, x.bit_length())
print(divmod(10 ** 30, 10 ** 15 + 7))
print([i * i for i in range(-3, 4)], [i ** 3 for i in range(-3, 4)])
