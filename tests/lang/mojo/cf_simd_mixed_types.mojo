fn main():
    var a = SIMD[DType.int32, 4](1)
    var b = SIMD[DType.float32, 4](1)
    print(a + b)
    var c = SIMD[DType.int32, 2](1)
    print(a * c)
    var f: Float32 = 1
    var g: Float64 = 2
    print(f + g)
    print(a < b)
