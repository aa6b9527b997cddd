fn main():
    var a = SIMD[DType.float32, 4](1.0, 2.0)
    var b = SIMD[DType.float32, 2](1.0, 2.0, 3.0)
    var c = SIMD[DType.int8, 2](1, "x")
