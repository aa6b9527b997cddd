# Least-squares line fit on Float64 Lists: slope, intercept, correlation, residuals and a prediction.
from math import sqrt


fn mean(xs: List[Float64]) -> Float64:
    var s: Float64 = 0
    for x in xs:
        s += x
    return s / Float64(len(xs))


fn fit(xs: List[Float64], ys: List[Float64]) -> (Float64, Float64, Float64):
    var mx = mean(xs)
    var my = mean(ys)
    var sxy: Float64 = 0
    var sxx: Float64 = 0
    var syy: Float64 = 0
    for i in range(len(xs)):
        var dx = xs[i] - mx
        var dy = ys[i] - my
        sxy += dx * dy
        sxx += dx * dx
        syy += dy * dy
    var slope = sxy / sxx
    return slope, my - slope * mx, sxy / sqrt(sxx * syy)


fn main():
    var xs = List[Float64](1, 2, 3, 4, 5, 6)
    var ys = List[Float64](2.0, 4.5, 5.5, 8.0, 9.5, 12.5)
    slope, intercept, r = fit(xs, ys)
    print(slope, intercept, r)
    var sse: Float64 = 0
    for i in range(len(xs)):
        var res = ys[i] - (slope * xs[i] + intercept)
        sse += res * res
    print("sse", sse, "predict(10)", slope * 10 + intercept)
    var exact = fit(List[Float64](0, 1, 2), List[Float64](1, 3, 5))
    print(exact[0], exact[1], exact[2])
    var neg = fit(List[Float64](1, 2, 3, 4), List[Float64](8, 6, 4, 2))
    print(neg[0], neg[1], neg[2])
