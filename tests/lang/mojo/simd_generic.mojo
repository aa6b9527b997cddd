# Generic fns over SIMD: DType and width parameters, given or inferred from arguments.
alias dtype = DType.float32
alias width = 4


fn dot[dt: DType, w: Int](a: SIMD[dt, w], b: SIMD[dt, w]) -> Scalar[dt]:
    return (a * b).reduce_add()


fn splat[dt: DType, w: Int](value: Scalar[dt]) -> SIMD[dt, w]:
    return SIMD[dt, w](value)


fn norm2[w: Int](v: SIMD[DType.float64, w]) -> Float64:
    return (v * v).reduce_add()


fn describe[dt: DType]():
    print("dtype", dt)


fn main():
    var a = SIMD[dtype, width](1, 2, 3, 4)
    var b = SIMD[dtype, width](0.5)
    print(dot(a, b))
    print(dot(SIMD[DType.int8, 2](3, 4), SIMD[DType.int8, 2](5, 6)))
    print(splat[DType.int64, 2](7))
    print(norm2(SIMD[DType.float64, 2](3, 4)), norm2(SIMD[DType.float64, 8](1)))
    describe[DType.uint16]()
    describe[dtype]()
    var local_alias: SIMD[dtype, width * 2] = 1
    print(local_alias)
