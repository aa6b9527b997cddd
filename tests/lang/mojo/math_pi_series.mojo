# Approximating pi with Float64 series (Leibniz, Nilakantha, Wallis product), compared with 4 * atan(1).
from math import atan


fn leibniz(terms: Int) -> Float64:
    var s: Float64 = 0
    var sign: Float64 = 1
    for k in range(terms):
        s += sign / Float64(2 * k + 1)
        sign = -sign
    return 4 * s


fn nilakantha(terms: Int) -> Float64:
    var s: Float64 = 3
    var sign: Float64 = 1
    for k in range(1, terms + 1):
        var n = Float64(2 * k)
        s += sign * 4 / (n * (n + 1) * (n + 2))
        sign = -sign
    return s


fn wallis(terms: Int) -> Float64:
    var p: Float64 = 1
    for k in range(1, terms + 1):
        var four_k2 = 4 * Float64(k) * Float64(k)
        p *= four_k2 / (four_k2 - 1)
    return 2 * p


fn main():
    print(leibniz(10), leibniz(1000))
    print(nilakantha(10), nilakantha(100))
    print(wallis(10), wallis(1000))
    print(4 * atan(1.0), abs(leibniz(100000) - 4 * atan(1.0)) < 1e-4)
