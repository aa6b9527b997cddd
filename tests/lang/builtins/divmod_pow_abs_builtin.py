# divmod, pow, abs across numeric types
for a, b in [(17, 5), (-17, 5), (17, -5), (17.0, 5), (-17.5, 5), (2 ** 70, 3), (0, 7), (True, 2), (5, 0.5)]:
    print(a, b, divmod(a, b))
print(pow(2, 10), pow(2.0, 10), pow(2, -10), pow(-2, 0.5), pow(10, 2, 7), pow(-10, 3, 7), pow(0, 0), pow(0.0, 0))
print(pow(base=3, exp=4), pow(3, 4, mod=5), pow(2, 1000) % 10 ** 10)
print(abs(-7), abs(-7.25), abs(2 - 2j), abs(-2 ** 100), abs(False), abs(-0.0))
for bad in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: pow(0, -1), lambda: divmod("a", 1), lambda: pow(2, 3.0, 5)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
