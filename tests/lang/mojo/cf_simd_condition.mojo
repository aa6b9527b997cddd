fn main():
    var v = SIMD[DType.int32, 4](1, 2, 3, 4)
    if v > 2:
        print("no")
    while v == v:
        pass
    print(v < v < v)
