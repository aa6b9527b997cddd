# Complex powers, division by small and zero values
print((1 + 1j) ** 2, (1 + 1j) ** 0.5, (1 + 1j) ** -2, (2 + 0j) ** 10, (0 + 2j) ** 3)
print(1j ** 1j, (-1) ** (1 / 2), (-8 + 0j) ** (1 / 3))
print((1 + 2j) / 1e-300, (1e-300 + 1e-300j) / (1e-300 + 0j))
print(0j ** 0, 0j ** 2, (0 + 0j) ** (1 + 0j))
for num, den in [(1 + 1j, 0j), (1, 0j), (0j, 0j)]:
    try:
        print(num / den)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    0j ** (-1 + 0j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) ** 1e300
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(1 + 1j, 3), pow(2j, 2))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
