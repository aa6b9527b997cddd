# int / int true division, correctly rounded
cases = [(1, 3), (2, 3), (10, 4), (-7, 2), (7, -2), (0, 5), (1, 7), (22, 7), (355, 113), (10 ** 30, 7), (2 ** 80, 2 ** 79), (1, 2 ** 60), (-1, 3)]
for a, b in cases:
    print(a, "/", b, "=", a / b)
print(10 ** 300 / 10 ** 299, (10 ** 300 + 1) / 10 ** 300)
print(2 ** 1100 / 2 ** 1000, 1 / 2 ** 1070, 1 / 2 ** 1080)
print(9007199254740993 / 3, 9007199254740995 / 9007199254740993)
print((3 ** 100) / (3 ** 99), (10 ** 25 + 1) / 10 ** 9)
try:
    5 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(0 / -5, -0 / 5, 0 / 5.0 == -0.0)
print(type(6 / 3).__name__, 6 / 3, 7 / 7)
print(sum([1 / n for n in range(1, 11)]))
