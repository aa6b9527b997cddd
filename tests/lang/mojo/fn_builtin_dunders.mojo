# Dunder methods of built-in values called by name are the operators they implement,
# and the small builtins Mojo's own tests lean on: round, n-ary min/max, index, default
# constructors, Bool of None and of a Boolable struct.
from testing import assert_equal, assert_true, assert_false


@value
struct Flag:
    var on: Bool

    fn __bool__(self) -> Bool:
        return self.on

    fn __as_bool__(self) -> Bool:
        return self.on


fn takes_bool(cond: Bool) -> Bool:
    return cond


def main():
    var x = 7
    print(x.__add__(3), x.__radd__(3), x.__sub__(10), x.__rsub__(10), x.__pow__(2))
    print(Int(5).__lt__(10), Int(5).__ge__(10), x.__eq__(7), x.__ne__(7))
    print(False.__int__(), True.__float__(), x.__neg__(), x.__invert__(), x.__abs__())
    print(Float64(2.5).__floordiv__(2.0), Float64(7.5).__mod__(2.0), (1.5).__mul__(4.0))
    var s = String("mojo")
    print(s.__contains__("oj"), s.__len__(), s.__getitem__(1), x.__str__() + "!")
    print(UInt8(200).__add__(100), Int8(-128).__neg__())
    print(-True, -False, index(True), index(UInt8(250)), index(x))
    print(Bool(), Int(), Float64(), "[" + String() + "]")
    var nothing = None
    print(Bool(None), Bool(nothing))
    print(takes_bool(Flag(True)), Bool(Flag(False)))
    print(round(2.5), round(3.5), round(-0.5), round(7), round(1.613, 2), round(1250, -2))
    var v = SIMD[DType.float32, 4](1.1, 1.5, 2.5, -2.7)
    print(round(v), pow(v, 2))
    print(min(4), max(4), min(9, 3, 5, 1, 8), max(-3, 2, 7, -10))
    print(min(Float64(2.5), 1.0, 3.0), pow(SIMD[DType.int32, 4](0, 1, 2, 3), Int(3)))
    alias rounded = round(2.3324, 2)
    alias whole = round(6.5)
    print(rounded, whole)
    assert_equal(round(Float64(0.125), 2), 0.12)
    assert_true(Int(3).__le__(3))
    assert_false(Bool(None))
    # Through the type, and the in-place forms (Int's /= truncates, as __itruediv__).
    var n = Int(5)
    Int.__itruediv__(n, 2)
    n.__iadd__(10)
    var q = 17
    q /= 5
    print(n, q, Int.__add__(3, 4), Int.__round__(1250, -2), Float64.__round__(2.567, 2))
    print((2.5).__ceil__(), Float64(-2.5).__floor__(), (7.9).__trunc__(), Float64(6.5).__round__())
