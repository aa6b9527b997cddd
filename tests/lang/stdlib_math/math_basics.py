# Constants and the everyday functions of the math module.
import math
from math import pi, sqrt, floor, ceil

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(pi == math.pi, math.tau == 2 * math.pi)
print(sqrt(2), sqrt(16), math.sqrt(10**20), math.sqrt(True))
print(math.exp(1), math.exp(-1), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(100), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log(2**200), math.log(2**2000, 2), math.log10(10**400), math.log2(3**1000))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(5, 2))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2))
print(math.erf(0.5), math.erfc(0.5), math.erf(-3), math.erfc(10))

# floor, ceil and trunc give ints, also for huge floats and through the special methods.
print(floor(2.5), ceil(2.5), floor(-2.5), ceil(-2.5), math.trunc(-2.7), math.trunc(2.7))
print(type(floor(2.0)).__name__, floor(1e20), ceil(-1e30), math.trunc(2.0**70))
print(floor(10**30), ceil(True), math.trunc(-7))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floor__(self):
        return "floor of %d" % self.cents

    def __ceil__(self):
        return self.cents // 100 + 1

    def __trunc__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100


m = Money(1234)
print(floor(m), ceil(m), math.trunc(m), math.sqrt(m), math.isfinite(m))


class Index:
    def __index__(self):
        return 9


print(math.sqrt(Index()), math.factorial(Index()), math.log(Index()))
print(math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.hypot(), math.hypot(-5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist(iter([1.5]), (0.5,)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10), math.prod(["ab"], start=3))
