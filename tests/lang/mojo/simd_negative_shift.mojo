fn main():
    var a = SIMD[DType.int16, 2](1, 2)
    var s = SIMD[DType.int16, 2](3, -1)
    print(a << SIMD[DType.int16, 2](1))
    print(a << s)
