fn main():
    var a = SIMD[DType.uint8, 4](9, 8, 7, 6)
    var b = SIMD[DType.uint8, 4](3, 2, 1, 1)
    print(a // b, a % b)
    b[2] = 0
    print(a % b)
