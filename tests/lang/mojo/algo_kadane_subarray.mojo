# Maximum subarray (Kadane) with its bounds, maximum product subarray, and a brute-force cross-check.
fn kadane(xs: List[Int]) -> (Int, Int, Int):
    var best = xs[0]
    var cur = xs[0]
    var start = 0
    var best_start = 0
    var best_end = 0
    for i in range(1, len(xs)):
        if cur < 0:
            cur = xs[i]
            start = i
        else:
            cur += xs[i]
        if cur > best:
            best = cur
            best_start = start
            best_end = i
    return best, best_start, best_end


fn brute(xs: List[Int]) -> Int:
    var best = xs[0]
    for i in range(len(xs)):
        var s = 0
        for j in range(i, len(xs)):
            s += xs[j]
            best = max(best, s)
    return best


fn max_product(xs: List[Int]) -> Int:
    var hi = xs[0]
    var lo = xs[0]
    var best = xs[0]
    for i in range(1, len(xs)):
        var x = xs[i]
        var a = hi * x
        var b = lo * x
        hi = max(x, max(a, b))
        lo = min(x, min(a, b))
        best = max(best, hi)
    return best


fn main():
    var cases = List[List[Int]](
        List[Int](-2, 1, -3, 4, -1, 2, 1, -5, 4),
        List[Int](-3, -1, -2),
        List[Int](5, -9, 6, -2, 3),
        List[Int](2, 3, -2, 4),
        List[Int](-2, 0, -1),
        List[Int](-2, 3, -4),
    )
    for xs in cases:
        var r = kadane(xs)
        print(r[0], r[1], r[2], brute(xs) == r[0], max_product(xs))
