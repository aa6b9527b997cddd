# The math module and abs/min/max on Int, Float64, Float32 and vectors.
from math import sqrt, floor, ceil, trunc, exp, log, sin, cos
import math


fn hypot(x: Float64, y: Float64) -> Float64:
    return sqrt(x * x + y * y)


fn main():
    print(sqrt(2.0), sqrt(16.0), hypot(3, 4))
    print(floor(-2.5), ceil(-2.5), trunc(-2.5), floor(7.0))
    print(exp(1.0), log(10.0), sin(0.0), cos(0.0))
    print(math.sqrt(81.0), math.exp2(10.0), math.log2(1024.0), math.log10(0.001))
    print(math.tan(0.0), math.atan(1.0) * 4, math.tanh(0.0))
    var v = SIMD[DType.float64, 4](1.0, 4.0, 9.0, 0.25)
    print(sqrt(v))
    print(floor(v * 1.5), ceil(v / 4))
    var f = SIMD[DType.float32, 2](2.0, 3.0)
    print(sqrt(f))
    print(abs(-7), abs(3.5), abs(-0.0), abs(SIMD[DType.int8, 2](-5, 5)))
    print(min(3, -4), max(3, -4), min(2.5, 1.5), max(1, 2.5))
    print(min(v, 2.0), max(v, SIMD[DType.float64, 4](3.0)))
    var ints = SIMD[DType.int32, 4](1, -2, 3, -4)
    print(floor(ints), abs(ints))
    var big: Int = 9223372036854775807
    print(min(big, 0), max(-big, big))
