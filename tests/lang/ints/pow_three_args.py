# pow with two and three arguments, negative exponents
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -3))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(7, 0, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7), pow(2, -1, 101), pow(38, -1, 97))
print(pow(3, -2, 7), (pow(3, -2, 7) * 9) % 7)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(10, 100, 10 ** 9 + 7), pow(12345678901234567890, 98765, 10 ** 20 + 39))
print(0 ** 0, 0 ** 1, pow(0, 0), pow(0, 0, 1))
print(2 ** -2, 10 ** -3, (-8) ** (1 / 3) if False else "skip")
print((-1) ** 100, (-1) ** 101, 1 ** -5)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(pow(True, 2), pow(2, True), 3 ** False)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(5, 3, 2**64 + 13), pow(2, 2**20, 1000007))
print(2 ** 0.5, 4 ** 0.5, (-4) ** 0.5)
