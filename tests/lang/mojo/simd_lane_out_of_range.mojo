fn lane(v: SIMD[DType.int32, 4], i: Int) -> Int32:
    return v[i]

fn main():
    var v = SIMD[DType.int32, 4](10, 20, 30, 40)
    print(lane(v, 3))
    print(lane(v, -1))
    print("unreachable")
