# Dense matrix multiplication as typed Mojo (fn, List[Float64], List[Int]): the algorithm
# and output of matmul.py, each matrix stored row after row in one flat List.
# Usage: matmul.mojo [N] (default 350).
import sys

alias MODULUS = 1000000007


fn make_matrix(n: Int, seed: Int) -> List[Float64]:
    var m = List[Float64]()
    var s = seed
    for _ in range(n * n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        m.append(Float64(s % 2001 - 1000) / 1000.0)
    return m


# C = A x B in the i-k-j order, each row of C accumulated in place.
fn matmul(a: List[Float64], b: List[Float64], n: Int) -> List[Float64]:
    var c = List[Float64]()
    for i in range(n):
        var ci = List[Float64]()
        for _ in range(n):
            ci.append(0.0)
        for k in range(n):
            var aik = a[i * n + k]
            var bk = k * n
            for j in range(n):
                ci[j] += aik * b[bk + j]
        c.extend(ci)
    return c


fn transpose(m: List[Int], n: Int) -> List[Int]:
    var t = List[Int]()
    for j in range(n):
        for i in range(n):
            t.append(m[i * n + j])
    return t


# Row `r` of `a` times row `s` of `bt` (a column of the untransposed matrix).
fn dot(a: List[Int], r: Int, bt: List[Int], s: Int, n: Int) -> Int:
    var total = 0
    for k in range(n):
        total += a[r * n + k] * bt[s * n + k]
    return total


fn matmul_int(a: List[Int], b: List[Int], n: Int) -> List[Int]:
    var bt = transpose(b, n)
    var c = List[Int]()
    for i in range(n):
        for j in range(n):
            c.append(dot(a, i, bt, j, n))
    return c


# [trace, sum of all elements, C[0][0], C[n-1][n-1]] of the float product
fn float_product(n: Int) -> List[Float64]:
    var a = make_matrix(n, 1)
    var b = make_matrix(n, 2)
    var c = matmul(a, b, n)
    var trace = 0.0
    for i in range(n):
        trace += c[i * n + i]
    var total = 0.0
    for x in c:
        total += x
    return [trace, total, c[0], c[n * n - 1]]


# [trace, checksum] of the integer product of m x m matrices
fn int_product(m: Int) -> List[Int]:
    var ia = List[Int]()
    var ib = List[Int]()
    for i in range(m):
        for j in range(m):
            ia.append((i * 7 + j * 3) % 17 - 8)
            ib.append((i * 5 + j * 11) % 13 - 6)
    var ic = matmul_int(ia, ib, m)
    var checksum = 0
    for x in ic:
        checksum = (checksum * 31 + x) % MODULUS
    var trace = 0
    for i in range(m):
        trace += ic[i * m + i]
    return [trace, checksum]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 350
    trace, total, first, last = float_product(n)
    print("float %dx%d: trace %.6f, sum %.6f" % (n, n, trace, total))
    print("c[0][0] %.9f, c[n-1][n-1] %.9f" % (first, last))
    m = n // 2
    itrace, checksum = int_product(m)
    print("int %dx%d: trace %d, checksum %d" % (m, m, itrace, checksum))
