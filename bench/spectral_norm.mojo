# Spectral norm as typed Mojo (fn, List[Float64]): the algorithm and output of
# spectral_norm.py. Usage: spectral_norm.mojo [N] (default 700).
import sys


fn a(i: Int, j: Int) -> Float64:
    var s = i + j
    return 1.0 / Float64(s * (s + 1) // 2 + i + 1)


fn mul_av(v: List[Float64], n: Int) -> List[Float64]:
    var out = List[Float64]()
    for i in range(n):
        var total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        out.append(total)
    return out


fn mul_atv(v: List[Float64], n: Int) -> List[Float64]:
    var out = List[Float64]()
    for i in range(n):
        var total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        out.append(total)
    return out


fn mul_atav(v: List[Float64], n: Int) -> List[Float64]:
    return mul_atv(mul_av(v, n), n)


# [v.Bv, v.v, sum(u)]
fn spectral(n: Int) -> List[Float64]:
    var u = List[Float64]()
    for _ in range(n):
        u.append(1.0)
    var v = u.copy()
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    var vbv = 0.0
    var vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    var total = 0.0
    for x in u:
        total += x
    return [vbv, vv, total]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 700
    vbv, vv, total = spectral(n)
    print("%0.9f" % (vbv / vv) ** 0.5)
    print("sum(u) = %.6f" % total)
