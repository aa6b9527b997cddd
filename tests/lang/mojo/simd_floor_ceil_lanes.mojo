# Rounding whole vectors: floor, ceil, trunc on Float64 lanes, floor division and modulo on float and int lanes.
from math import floor, ceil, trunc

alias F = SIMD[DType.float64, 8]


fn main():
    var x = F(-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, -3.75, 3.25)
    print(floor(x))
    print(ceil(x))
    print(trunc(x))
    print(x // 2, x % 2)
    var i = SIMD[DType.int16, 8](-7, -6, -1, 0, 1, 6, 7, -32768)
    print(i // 4, i % 4)
    print(floor(x).cast[DType.int32](), (x * 4).cast[DType.int64]())
    var bucket = floor(x / 1.5)
    print(bucket, bucket.reduce_min(), bucket.reduce_max())
