# Many arguments through every float function: the digits must be CPython's (libm for the
# usual functions; CPython's own algorithms for gamma, lgamma, hypot, dist and fsum).
import math

state = 12345


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state / (1 << 64)


def val(scale):
    return (rnd() - 0.5) * scale


def attempt(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__ + ": " + str(e)


one = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
       "exp", "exp2", "expm1", "fabs", "log1p", "sin", "sinh", "sqrt", "tan", "tanh", "gamma",
       "lgamma", "log", "log2", "log10", "degrees", "radians", "ulp", "floor", "ceil", "trunc",
       "frexp", "modf"]
for name in one:
    f = getattr(math, name)
    out = []
    for scale in (2.0, 10.0, 400.0, 1e6):
        for i in range(12):
            out.append(attempt(f, val(scale)))
    print(name, " ".join(out))

two = ["atan2", "copysign", "fmod", "remainder", "nextafter", "pow", "hypot", "log", "isclose"]
for name in two:
    f = getattr(math, name)
    out = []
    for scale in (2.0, 10.0, 1e3):
        for i in range(12):
            out.append(attempt(f, val(scale), val(scale)))
    print(name, " ".join(out))

for n in range(2, 30):
    v = [val(10.0 ** (n % 7)) for _ in range(n)]
    w = [val(10.0 ** (n % 5)) for _ in range(n)]
    print(n, math.hypot(*v), math.dist(v, w), math.fsum(v), math.fsum(v + [1e16, -1e16] + w))

for k in range(1, 3000, 97):
    n = 7 ** k + 3
    print(k, math.log(n), math.log2(n), math.log10(n), math.log(n, 3), math.log(n, n + 1))

for x in [0.5, 1.5, 2.5, 3.0, 23.0, 24.0, 170.5, 171.0, 171.7, -0.5, -1.5, -170.5, -171.5,
          -180.3, -200.5, 1e-10, 1e-25, -1e-25, 141.2, 139.9, 5.5247, 5.0, 4.99]:
    print(x, attempt(math.gamma, x), attempt(math.lgamma, x))
