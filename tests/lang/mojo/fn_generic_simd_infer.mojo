# Generic fns over SIMD whose dtype and width parameters are inferred from the arguments.
fn twice[dt: DType, w: Int](v: SIMD[dt, w]) -> SIMD[dt, w]:
    return v + v


fn horner[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    # 2x^3 - 3x^2 + x - 5
    return ((x * 2 - 3) * x + 1) * x - 5


fn lanes[dt: DType, w: Int](v: SIMD[dt, w]) -> Int:
    return w


fn total[dt: DType, w: Int](v: SIMD[dt, w]) -> Scalar[dt]:
    return v.reduce_add()


fn main():
    print(twice(SIMD[DType.int16, 4](1, 2, 3, 4)), twice(Float64(1.25)), twice(SIMD[DType.uint8, 2](200, 7)))
    print(horner(SIMD[DType.int32, 4](0, 1, 2, -3)))
    print(horner(SIMD[DType.float64, 2](0.5, 1.5)))
    print(lanes(SIMD[DType.int8, 16](0)), lanes(Float64(0)), lanes(SIMD[DType.float32, 8](1)))
    print(total(SIMD[DType.int64, 8](1, 2, 3, 4, 5, 6, 7, 8)), total(SIMD[DType.uint8, 4](100, 100, 100, 100)))
