# Comparisons give Bool vectors; select, reductions of masks and the lane-wise methods.
fn main():
    var a = SIMD[DType.float32, 4](1.0, 5.0, -2.0, 4.0)
    var b = SIMD[DType.float32, 4](2.0, 5.0, -3.0, 8.0)
    print(a < b, a <= b)
    print(a == b, a != b)
    print(a > b, a >= 4)
    var mask = a > b
    print(mask.select(a, b))
    print((a < 3).select(SIMD[DType.int32, 4](1), SIMD[DType.int32, 4](0)))
    print(mask.reduce_or(), mask.reduce_and(), (a == a).reduce_and())
    print(a.lt(b), a.eq(b), a.ge(b))
    print(~mask, mask & (a > 0), mask | (a < 0), mask ^ mask)
    var all_equal = (a == a).reduce_and()
    if all_equal:
        print("all lanes equal")
    var x: Float32 = 2.5
    var y: Float32 = 3.5
    if x < y and not (x == y):
        print("scalars compare to Bool")
    print(x < y, x >= y)
    var ints = SIMD[DType.int16, 2](3, -3)
    print(ints.clamp(-1, 1), a.clamp(0, 4.5))
