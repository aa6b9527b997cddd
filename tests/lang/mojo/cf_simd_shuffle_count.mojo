fn main():
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    print(v.shuffle[0, 1, 2]())
