# Numerical methods with the math module: Newton's square root, bisection, trapezoid and Simpson integration.
from math import sqrt, sin, cos, exp, log

alias pi = 3.141592653589793


fn newton_sqrt(a: Float64) -> Float64:
    var x = a
    for _ in range(30):
        x = 0.5 * (x + a / x)
    return x


fn bisect_root(lo: Float64, hi: Float64) -> Float64:
    # root of cos(x) - x
    var a = lo
    var b = hi
    for _ in range(60):
        var m = (a + b) / 2
        if (cos(a) - a) * (cos(m) - m) <= 0:
            b = m
        else:
            a = m
    return (a + b) / 2


fn trapezoid(n: Int) -> Float64:
    # integral of exp(x) over [0, 1]
    var h = 1.0 / Float64(n)
    var s = (exp(0.0) + exp(1.0)) / 2
    for i in range(1, n):
        s += exp(Float64(i) * h)
    return s * h


fn simpson(n: Int) -> Float64:
    # integral of sin(x) over [0, pi]
    var h = pi / Float64(n)
    var s = sin(0.0) + sin(pi)
    for i in range(1, n):
        var w = 4.0 if i % 2 == 1 else 2.0
        s += w * sin(Float64(i) * h)
    return s * h / 3


fn micro(x: Float64) -> Int:
    # six decimals, truncated: robust against last-bit differences between math libraries
    return Int(x * 1000000)


fn main():
    print(newton_sqrt(2.0), sqrt(2.0), newton_sqrt(1e6))
    var r = bisect_root(0.0, 1.0)
    print(micro(r), abs(cos(r) - r) < 1e-12)
    var t = trapezoid(100)
    print(micro(t), abs(t - (exp(1.0) - 1)) < 2e-5, abs(t - (exp(1.0) - 1)) < 1e-5)
    print(micro(simpson(10)), micro(simpson(100)), abs(simpson(100) - 2) < 1e-7)
    print(abs(log(exp(2.5)) - 2.5) < 1e-15, abs(exp(log(7.0)) - 7) < 1e-14)
