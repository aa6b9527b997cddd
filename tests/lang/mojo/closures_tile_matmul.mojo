# Blocked matrix multiplication: tile walks 2D blocks of the output, an inner vectorize handles each row slice.
from algorithm import tile, vectorize

alias N = 6
alias M = 8
alias K = 5


fn main():
    var a = UnsafePointer[Float64].alloc(N * K)
    var b = UnsafePointer[Float64].alloc(K * M)
    var c = UnsafePointer[Float64].alloc(N * M)
    for i in range(N * K):
        a[i] = Float64(i % 7) - 3
    for i in range(K * M):
        b[i] = Float64((i * 3) % 5) * 0.5
    for i in range(N * M):
        c[i] = 0
    var blocks = 0

    @parameter
    fn block[tm: Int, tn: Int](j0: Int, i0: Int):
        blocks += 1
        for i in range(i0, min(i0 + tn, N)):
            for k in range(K):
                var aik = a[i * K + k]

                @parameter
                fn row[w: Int](j: Int):
                    var jj = j0 + j
                    c.store(i * M + jj, c.load[width=w](i * M + jj) + b.load[width=w](k * M + jj) * aik)

                vectorize[row, 4](min(tm, M - j0))

    tile[block, 4, 3](M, N)
    print("blocks", blocks)
    var ok = True
    for i in range(N):
        for j in range(M):
            var s: Float64 = 0
            for k in range(K):
                s += a[i * K + k] * b[k * M + j]
            if s != c[i * M + j]:
                ok = False
    print("matches naive:", ok)
    print(c.load[width=8](0))
    print(c.load[width=8](5 * M))
    a.free()
    b.free()
    c.free()
