alias Vec = SIMD[DType.int8, 4]

fn main():
    var v = Vec
    print(v)
