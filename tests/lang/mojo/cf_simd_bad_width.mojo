fn main():
    var a = SIMD[DType.float32, 3](1.0)
    var b: SIMD[DType.int8, 128] = 0
    var c = SIMD[DType.int8, 0]()
