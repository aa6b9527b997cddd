# Reductions and conversions between lane types.
fn main():
    var v = SIMD[DType.int32, 8](3, -1, 4, 1, -5, 9, 2, 6)
    print(v.reduce_add(), v.reduce_mul(), v.reduce_min(), v.reduce_max())
    print(v.reduce_and(), v.reduce_or())
    var f = SIMD[DType.float64, 4](0.5, 1.5, -2.25, 8.0)
    print(f.reduce_add(), f.reduce_mul(), f.reduce_min(), f.reduce_max())
    var small = SIMD[DType.int8, 4](100, 100, 100, 100)
    print(small.reduce_add())
    print(f.cast[DType.int32](), f.cast[DType.bool]())
    var wide = SIMD[DType.float64, 4](1e10, -1e10, 3.9, -3.9)
    print(wide.cast[DType.int16]())
    print(wide.cast[DType.uint8]())
    var n = SIMD[DType.int32, 4](300, -1, 65, 255)
    print(n.cast[DType.uint8](), n.cast[DType.int8](), n.cast[DType.float32]())
    var b = SIMD[DType.bool, 4](True, False, True, False)
    print(b.cast[DType.int32](), b.cast[DType.float64]())
    var x: Float64 = 2.75
    print(x.cast[DType.int64](), Int(x), Float32(x), Int8(x))
    var nan = Float64(0) / Float64(0)
    print(nan.cast[DType.int32]())
    var i: Int = 70000
    print(Int16(i), UInt8(i), Float32(i))
    var c = Int32(5).cast[DType.float32]() / 2
    print(c)
