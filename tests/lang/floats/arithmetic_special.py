# Float arithmetic incl. inf, nan, signed zero
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, 0.0 / -1, abs(-0.0))
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 5e-324 / 2, 5e-324 * 0.5)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(5.0 % inf, -5.0 % inf, inf % 5.0 if False else "skip", 1.0 // inf, -1.0 // inf)
print(2.0 ** 0.5, 2.0 ** -1, (-2.0) ** 2, (-8.0) ** (1 / 3), 0.0 ** 0, inf ** 0, nan ** 0, 1 ** nan)
print(0.1 + 0.2 - 0.3, 1 - 0.9, 100 * 1.1, 3 * 0.1)
print(float("inf") == float("inf"), inf in [inf], nan in [nan], [nan] == [nan])
x = nan
print(x in [x], [x] == [x], (x,) == (x,))
print(min(1.0, nan), max(nan, 1.0), sorted([3.0, 1.0, 2.0]))
print(-0.0 == 0.0, str(-0.0), repr(-0.0 * 1), -(0.0))
print(1e16 + 1.0, 1e16 + 2.0, 2 ** 53 + 1.0)
print(abs(-1.5), abs(inf), abs(-nan) != abs(-nan))
try:
    inf % 5.0
except ValueError as e:
    print("unexpected", e)
print(inf % 5.0, 5.0 // 0.3, 1 % 0.1, 0.3 // 0.1)
try:
    5.0 % 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5.0, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
