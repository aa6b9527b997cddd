# Float // and % follow the sign of the divisor
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3), (1e-300, 1e300), (-1e-300, 1e300), (5.0, 0.1), (1.0, 0.1), (-1.0, 0.1), (10.5, 0.5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(6.0 % 2, -6.0 % 2, 6.0 % -2, -6.0 % -2)
print(3.7 // 1, -3.7 // 1, 3.7 % 1, -3.7 % 1)
print(float("inf") // 1 if False else 1e308 // 1e-308, 1e308 % 7.0)
print(7 // 0.5, 7 % 0.5, -7 // 0.5, 2 ** 0.5 // 0.1)
for a in [-2.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5]:
    print(a, a // 1, a % 1, a // -1, a % -1, a // 0.75, a % 0.75)
print(divmod(1e300, 1e-300) if False else divmod(1e10, 3e-5))
print(-0.0 // 1, -0.0 % 1, 0.0 // -1, 0.0 % -1, -1e-320 % 1, 1e-320 % -1)
print(7 % float("inf"), -7 % float("inf"), 7 % float("-inf"), -7 % float("-inf"))
print(7 // float("inf"), -7 // float("inf"), 7 // float("-inf"), -7 // float("-inf"))
print(float("nan") // 1, float("nan") % 1, 1 % float("nan"))
print(divmod(-7.0, 2), divmod(7.0, -2), divmod(-7, 2.0), divmod(7, -2.0))
print(0.1 % 0.01, 0.3 % 0.1, 1.0 % 0.2, -1.0 % 0.2, 100.0 % 3.3)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
