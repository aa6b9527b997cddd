# Dot products and saxpy over UnsafePointer buffers with vectorize, checked against scalar loops.
from algorithm import vectorize


fn fill(p: UnsafePointer[Float64], n: Int, scale: Float64, offset: Float64):
    for i in range(n):
        p[i] = Float64(i) * scale + offset


fn dot_scalar(a: UnsafePointer[Float64], b: UnsafePointer[Float64], n: Int) -> Float64:
    var s: Float64 = 0
    for i in range(n):
        s += a[i] * b[i]
    return s


fn dot_simd(a: UnsafePointer[Float64], b: UnsafePointer[Float64], n: Int) -> Float64:
    var total: Float64 = 0

    @parameter
    fn step[width: Int](i: Int):
        total += (a.load[width=width](i) * b.load[width=width](i)).reduce_add()

    vectorize[step, 4](n)
    return total


fn main():
    alias n = 19
    var a = UnsafePointer[Float64].alloc(n)
    var b = UnsafePointer[Float64].alloc(n)
    fill(a, n, 0.5, 1.0)
    fill(b, n, -0.25, 3.0)
    print(dot_scalar(a, b, n), dot_simd(a, b, n))
    print(dot_simd(a, a, n), dot_simd(b, b, 8), dot_simd(a, b, 3))

    @parameter
    fn saxpy[width: Int](i: Int):
        b.store(i, a.load[width=width](i) * 2.0 + b.load[width=width](i))

    vectorize[saxpy, 8](n)
    print(b.load[width=4](0), b.load[width=2](17))
    print(dot_simd(a, b, n))
    a.free()
    b.free()
