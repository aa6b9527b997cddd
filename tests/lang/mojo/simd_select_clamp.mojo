# Branch-free code with Bool masks: abs, sign, ReLU, clamping and counting matches.
fn relu(v: SIMD[DType.float64, 8]) -> SIMD[DType.float64, 8]:
    return (v > 0).select(v, 0)


fn sign(v: SIMD[DType.int32, 8]) -> SIMD[DType.int32, 8]:
    return (v > 0).select(SIMD[DType.int32, 8](1), (v < 0).select(SIMD[DType.int32, 8](-1), 0))


fn count_true(m: SIMD[DType.bool, 8]) -> Int:
    return Int(m.cast[DType.int32]().reduce_add())


fn main():
    var x = SIMD[DType.float64, 8](-2.5, -1.0, 0.0, 0.5, 1.5, 3.0, -0.25, 8.0)
    print(relu(x))
    print(x.clamp(-1, 2))
    print(count_true(x > 0), count_true(x <= 0), count_true(x == 0))
    var k = SIMD[DType.int32, 8](-7, 0, 3, -1, 12, 0, -40, 5)
    print(sign(k), abs(k))
    print((k % 2 == 0).select(k // 2, k * 3 + 1))
    var evens = (k % 2 == 0)
    print(evens, evens.reduce_or(), evens.reduce_and())
    print(max(k, 0), min(k, SIMD[DType.int32, 8](1)))
