# round() on ints, floats, and with negative/None ndigits
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.4999999999999999))
print(round(3.14159, 0), round(3.14159, 1), round(3.14159, 4), round(3.14159, 10), round(-3.14159, 2))
print(round(1234.5678, -1), round(1234.5678, -3), round(1234.5678, -4), round(5678.0, -4))
print(round(2.675, 2), round(0.285, 2), round(0.295, 2), round(1.0005, 3))
print(round(10, 1), round(10, -1), round(15, -1), round(-15, -1), round(123, None), type(round(10, 1)).__name__)
print(round(True), round(False, 2), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(1e16 + 1.0), round(2 ** 60 + 0.0), round(1e300, -300), round(1e-300, 300))
print(round(-0.0), round(-0.0, 1), round(0.0001, 2), round(-0.0001, 2))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
