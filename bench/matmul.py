# Dense matrix multiplication on lists of lists: C = A x B for N x N float
# matrices (the classic i-k-j loop order, each row of C accumulated in place),
# then an integer product of smaller matrices through zip/sum. Prints traces
# and checksums of the products.
# Usage: matmul.py [N]. Default N=350.
import sys


def make_matrix(n, seed):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((seed % 2001 - 1000) / 1000.0)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    c = []
    for i in range(n):
        ai = a[i]
        ci = [0.0] * p
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
        c.append(ci)
    return c


def transpose(m):
    return [list(col) for col in zip(*m)]


def dot(row, col):
    total = 0
    for x, y in zip(row, col):
        total += x * y
    return total


def matmul_int(a, b):
    bt = transpose(b)
    return [[dot(row, col) for col in bt] for row in a]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 350
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    trace = 0.0
    for i in range(n):
        trace += c[i][i]
    total = 0.0
    for row in c:
        for x in row:
            total += x
    print("float %dx%d: trace %.6f, sum %.6f" % (n, n, trace, total))
    print("c[0][0] %.9f, c[n-1][n-1] %.9f" % (c[0][0], c[n - 1][n - 1]))

    m = n // 2
    ia = [[(i * 7 + j * 3) % 17 - 8 for j in range(m)] for i in range(m)]
    ib = [[(i * 5 + j * 11) % 13 - 6 for j in range(m)] for i in range(m)]
    ic = matmul_int(ia, ib)
    checksum = 0
    for row in ic:
        for x in row:
            checksum = (checksum * 31 + x) % 1000000007
    print("int %dx%d: trace %d, checksum %d" % (m, m, sum([ic[i][i] for i in range(m)]), checksum))


main()
