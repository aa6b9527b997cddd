# SIMD construction: splat, per-lane values, zero, Scalar and the scalar type names.
alias f32x4 = SIMD[DType.float32, 4]
alias width = 8


fn main():
    var splat = f32x4(1.5)
    print(splat)
    var lanes = f32x4(1, 2.5, -3, 4)
    print(lanes)
    var zero = SIMD[DType.int16, width]()
    print(zero)
    var ints = SIMD[DType.int64, 2](-7, 9)
    print(ints)
    var s = Scalar[DType.uint16](65535)
    print(s)
    var a: Float32 = 2.5
    var b: Int8 = -128
    var c: UInt8 = 255
    var d: Int16 = 1000
    var e: UInt32 = 4000000000
    var f: Int64 = -9000000000
    var g: UInt64 = 18446744073709551615
    var h: UInt = 42
    print(a, b, c, d, e, f, g, h)
    var from_int = Float32(7)
    var from_scalar = SIMD[DType.float64, 4](a)
    print(from_int, from_scalar)
    var v: SIMD[DType.int32, 4] = 3
    print(v)
    var flags = SIMD[DType.bool, 2](True, False)
    print(flags)
    print(len(lanes), len(zero))
    print(String(lanes) + "!")
    print(DType.float32, DType.int8, DType.bool)
