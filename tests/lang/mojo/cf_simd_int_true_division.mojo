fn main():
    var b = SIMD[DType.int32, 4](1, 2, 3, 4)
    print(b / b)
    var x: UInt8 = 3
    print(x / 2)
