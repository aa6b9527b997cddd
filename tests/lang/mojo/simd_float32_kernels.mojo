# Float32 vectors with exactly representable values: axpy, fma, lerp, casts to and from Int32 and Float64.
alias F4 = SIMD[DType.float32, 4]


fn lerp(a: F4, b: F4, t: Float32) -> F4:
    return a + (b - a) * t


fn main():
    var x = F4(1.5, -2.25, 0.125, 8.0)
    var y = F4(0.5, 0.75, -1.0, 2.0)
    print(x * 2 + y, x.fma(y, F4(1)))
    print(lerp(x, y, 0.5), lerp(x, y, 0.0), lerp(x, y, 1.0))
    print(x.cast[DType.int32](), (x * 4).cast[DType.int32](), x.cast[DType.float64]() / 4)
    print(x.reduce_add(), x.reduce_max(), y.reduce_min(), (x * y).reduce_add())
    var acc = F4(0)
    for i in range(8):
        acc += F4(Float32(i) * 0.25)
    print(acc, Float32(0.5) + Float32(0.25), Float32(3) / Float32(8))
    var ints = SIMD[DType.int32, 4](7, -7, 100, 3)
    print(ints.cast[DType.float32]() / 2, abs(x), -y)
