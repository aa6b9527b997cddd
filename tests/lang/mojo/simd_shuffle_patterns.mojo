# Lane permutations for common data layouts: reversing, de-interleaving pairs, broadcasting, butterfly sums.
alias V8 = SIMD[DType.float64, 8]


fn reverse(v: V8) -> V8:
    return v.shuffle[7, 6, 5, 4, 3, 2, 1, 0]()


fn evens(v: V8) -> SIMD[DType.float64, 4]:
    return v.shuffle[0, 2, 4, 6]()


fn odds(v: V8) -> SIMD[DType.float64, 4]:
    return v.shuffle[1, 3, 5, 7]()


fn butterfly_total(v: V8) -> V8:
    var x = v + v.shuffle[4, 5, 6, 7, 0, 1, 2, 3]()
    x = x + x.shuffle[2, 3, 0, 1, 6, 7, 4, 5]()
    x = x + x.shuffle[1, 0, 3, 2, 5, 4, 7, 6]()
    return x


fn main():
    # x0, y0, x1, y1, ... : four 2D points interleaved
    var pts = V8(1.0, 10.0, 2.0, 20.0, 3.5, 30.0, -4.0, 40.0)
    var xs = evens(pts)
    var ys = odds(pts)
    print(xs, ys)
    print(xs.interleave(ys), reverse(pts))
    print(xs.join(ys).slice[4, offset=2](), butterfly_total(pts))
    var first = pts.shuffle[0, 0, 0, 0]()
    print(first * ys, (xs * ys).reduce_add())
    print(reverse(reverse(pts)))
