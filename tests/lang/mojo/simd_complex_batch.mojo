# Four complex numbers per vector pair (re, im): multiplication, squared magnitudes, conjugates, powers.
alias V = SIMD[DType.float64, 4]


fn cmul(ar: V, ai: V, br: V, bi: V) -> (V, V):
    return ar * br - ai * bi, ar * bi + ai * br


fn main():
    var re = V(1, 0, -2, 0.5)
    var im = V(1, 1, 3, -0.5)
    var p = cmul(re, im, re, im)
    print("square re", p[0], "im", p[1])
    var c = cmul(re, im, re, -im)
    print("times conjugate", c[0], c[1])
    print("norm2", re * re + im * im)
    var pr = V(1)
    var pi = V(0)
    for _ in range(4):
        var t = cmul(pr, pi, re, im)
        pr = t[0]
        pi = t[1]
    print("fourth power re", pr, "im", pi)
    var rot_r = V(0)
    var rot_i = V(1)
    var q = cmul(re, im, rot_r, rot_i)
    print("rotated by i", q[0], q[1])
