# Lane-wise arithmetic on float vectors, with scalars splat across the lanes.
fn main():
    var a = SIMD[DType.float64, 4](1.0, -2.5, 3.0, 8.0)
    var b = SIMD[DType.float64, 4](2.0, 0.5, -4.0, 3.0)
    print(a + b)
    print(a - b)
    print(a * b)
    print(a / b)
    print(a // b)
    print(a % b)
    print(a ** 2)
    print(-a)
    print(abs(a))
    print(a * 2 + 1)
    print(10.0 - a)
    var half: Float64 = 0.5
    print(a * half)
    var x = SIMD[DType.float32, 2](1.0, 3.0)
    print(x / 4)
    x += 1
    print(x)
    x *= x
    print(x)
    var zero = SIMD[DType.float64, 2](0.0)
    print(SIMD[DType.float64, 2](1.0, -1.0) / zero)
