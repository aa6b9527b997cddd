# Statistics helpers verified with the testing module; a failing assertion is caught and reported.
from testing import assert_equal, assert_true, assert_false, assert_almost_equal
from math import sqrt


fn mean(xs: List[Float64]) -> Float64:
    var s: Float64 = 0
    for x in xs:
        s += x
    return s / Float64(len(xs))


fn stddev(xs: List[Float64]) -> Float64:
    var m = mean(xs)
    var s: Float64 = 0
    for x in xs:
        s += (x - m) * (x - m)
    return sqrt(s / Float64(len(xs)))


fn median(xs: List[Float64]) -> Float64:
    var v = xs.copy()
    for i in range(1, len(v)):
        var j = i
        while j > 0 and v[j - 1] > v[j]:
            var t = v[j]
            v[j] = v[j - 1]
            v[j - 1] = t
            j -= 1
    var n = len(v)
    if n % 2 == 1:
        return v[n // 2]
    return (v[n // 2 - 1] + v[n // 2]) / 2


fn main() raises:
    var data = List[Float64](2, 4, 4, 4, 5, 5, 7, 9)
    assert_equal(mean(data), 5.0)
    assert_equal(stddev(data), 2.0)
    assert_equal(median(data), 4.5)
    assert_equal(median(List[Float64](3, 1, 2)), 2.0)
    assert_true(stddev(List[Float64](1, 1, 1)) == 0)
    assert_false(mean(data) > 5)
    assert_almost_equal(mean(List[Float64](0.1, 0.2, 0.3)), 0.2)
    assert_equal(len(data), 8, msg="the input is untouched")
    print("all checks passed")
    print(mean(data), stddev(data), median(data), data[0], data[-1])
    try:
        assert_true(median(data) > 5, "median above five")
    except e:
        print("caught:", String(e).find("median above five") >= 0)
    try:
        assert_equal(median(List[Float64](1, 2)), 1.0)
        print("not reached")
    except:
        print("median of [1, 2] is not 1.0")
