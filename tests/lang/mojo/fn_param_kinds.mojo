# Compile-time parameters of several kinds: Bool flags, String labels, DType choices and Int sizes together.
fn fmt[verbose: Bool, label: String](x: Int) -> String:
    @parameter
    if verbose:
        return label + ": value " + String(x) + " (" + ("even" if x % 2 == 0 else "odd") + ")"
    else:
        return label + "=" + String(x)


fn ramp[dt: DType, n: Int]() -> SIMD[dt, n]:
    var v = SIMD[dt, n](0)

    @parameter
    for i in range(n):
        v[i] = Scalar[dt](i * 3)
    return v


fn checked_sum[limit: Int](xs: List[Int]) -> Int:
    var s = 0
    for x in xs:
        s += min(x, limit)
    return s


fn main():
    print(fmt[True, "alpha"](7))
    print(fmt[False, "beta"](8))
    print(ramp[DType.int8, 4](), ramp[DType.float64, 2](), ramp[DType.uint16, 8]())
    print(ramp[DType.int16, 64]()[63], ramp[DType.float32, 4]().reduce_add())
    var xs = List[Int](5, 50, 500)
    print(checked_sum[10](xs), checked_sum[100](xs), checked_sum[1000](xs))
