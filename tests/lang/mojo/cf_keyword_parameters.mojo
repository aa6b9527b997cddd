fn f[n: Int](x: Int) -> Int:
    return x * n

fn main():
    print(f[m=2](1))
    print(f[2, n=3](1))
    var v = SIMD[DType.int8, 4](1)
    print(v.shuffle[lane=1]())
