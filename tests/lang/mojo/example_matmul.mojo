# Matrix multiplication on UnsafePointer, in the shape of Mojo's matmul example: a naive
# version, then vectorize, parallelize and tile, each checked against the naive result.
from algorithm import vectorize, parallelize, tile
from memory import memset_zero
from sys import simdwidthof

alias dtype = DType.float32
alias nelts = simdwidthof[dtype]() * 2
alias tile_size = 4


struct Matrix:
    var data: UnsafePointer[Scalar[dtype]]
    var rows: Int
    var cols: Int

    fn __init__(out self, rows: Int, cols: Int):
        self.data = UnsafePointer[Scalar[dtype]].alloc(rows * cols)
        memset_zero(self.data, rows * cols)
        self.rows = rows
        self.cols = cols

    fn get(self, y: Int, x: Int) -> Scalar[dtype]:
        return self.data[y * self.cols + x]

    fn set(self, y: Int, x: Int, value: Scalar[dtype]):
        self.data[y * self.cols + x] = value

    fn free(self):
        self.data.free()


fn load[width: Int](m: Matrix, y: Int, x: Int) -> SIMD[dtype, width]:
    return m.data.load[width=width](y * m.cols + x)


fn store[width: Int](m: Matrix, y: Int, x: Int, value: SIMD[dtype, width]):
    m.data.store(y * m.cols + x, value)


fn fill(m: Matrix, seed: Int):
    for y in range(m.rows):
        for x in range(m.cols):
            m.set(y, x, Scalar[dtype]((y * m.cols + x + seed) % 7 - 3))


fn matmul_naive(C: Matrix, A: Matrix, B: Matrix):
    for m in range(C.rows):
        for k in range(A.cols):
            for n in range(C.cols):
                C.set(m, n, C.get(m, n) + A.get(m, k) * B.get(k, n))


fn matmul_vectorized(C: Matrix, A: Matrix, B: Matrix):
    for m in range(C.rows):
        for k in range(A.cols):

            @parameter
            fn dot[width: Int](n: Int):
                store[width](C, m, n, load[width](C, m, n) + A.get(m, k) * load[width](B, k, n))

            vectorize[dot, nelts](C.cols)


fn matmul_parallelized(C: Matrix, A: Matrix, B: Matrix):
    @parameter
    fn calc_row(m: Int):
        for k in range(A.cols):

            @parameter
            fn dot[width: Int](n: Int):
                store[width](C, m, n, load[width](C, m, n) + A.get(m, k) * load[width](B, k, n))

            vectorize[dot, nelts](C.cols)

    parallelize[calc_row](C.rows, C.rows)


fn matmul_tiled(C: Matrix, A: Matrix, B: Matrix):
    @parameter
    fn calc_row(m: Int):
        @parameter
        fn calc_tile[tile_x: Int, tile_y: Int](x: Int, y: Int):
            for k in range(y, y + tile_y):

                @parameter
                fn dot[width: Int](n: Int):
                    store[width](
                        C, m, n + x, load[width](C, m, n + x) + A.get(m, k) * load[width](B, k, n + x)
                    )

                vectorize[dot, nelts, size=tile_x]()

        tile[calc_tile, nelts * tile_size, tile_size](C.cols, A.cols)

    parallelize[calc_row](C.rows)


fn checksum(m: Matrix) -> Float64:
    var total: Float64 = 0
    for y in range(m.rows):
        for x in range(m.cols):
            total += Float64(m.get(y, x)) * Float64((y * 31 + x) % 11 + 1)
    return total


fn same(a: Matrix, b: Matrix) -> Bool:
    for y in range(a.rows):
        for x in range(a.cols):
            if a.get(y, x) != b.get(y, x):
                return False
    return True


fn main():
    alias M = 24
    alias K = 16
    alias N = 384  # a multiple of nelts * tile_size on every CPU
    var A = Matrix(M, K)
    var B = Matrix(K, N)
    fill(A, 1)
    fill(B, 4)
    var naive = Matrix(M, N)
    matmul_naive(naive, A, B)
    print("naive checksum:", checksum(naive))
    var vectorized = Matrix(M, N)
    matmul_vectorized(vectorized, A, B)
    var parallelized = Matrix(M, N)
    matmul_parallelized(parallelized, A, B)
    var tiled = Matrix(M, N)
    matmul_tiled(tiled, A, B)
    print("vectorized matches:", same(naive, vectorized))
    print("parallelized matches:", same(naive, parallelized))
    print("tiled matches:", same(naive, tiled))
    A.free()
    B.free()
    naive.free()
    vectorized.free()
    parallelized.free()
    tiled.free()
