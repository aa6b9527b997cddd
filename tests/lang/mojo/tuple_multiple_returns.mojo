# Tuples as multiple return values: min/max/argmin, divmod, swapping, unpacking into existing variables.
fn min_max(xs: List[Float64]) -> (Float64, Float64, Int, Int):
    var lo = xs[0]
    var hi = xs[0]
    var ilo = 0
    var ihi = 0
    for i in range(1, len(xs)):
        if xs[i] < lo:
            lo = xs[i]
            ilo = i
        if xs[i] > hi:
            hi = xs[i]
            ihi = i
    return lo, hi, ilo, ihi


fn divmod_floor(a: Int, b: Int) -> Tuple[Int, Int]:
    return (a // b, a % b)


fn name_and_len(s: String) -> (String, Int):
    return s.upper(), len(s)


fn fib_pair(n: Int) -> (Int, Int):
    if n == 0:
        return 0, 1
    var p = fib_pair(n // 2)
    var a = p[0]
    var b = p[1]
    var c = a * (2 * b - a)
    var d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


fn main():
    lo, hi, ilo, ihi = min_max(List[Float64](3.5, -1.25, 8.0, 0.0, 8.0, -1.25))
    print(lo, hi, ilo, ihi)
    var t = divmod_floor(-17, 5)
    print(t[0], t[1], t[-2])
    q, r = divmod_floor(100, 7)
    print(q, r)
    q, r = r, q
    print(q, r)
    var nl = name_and_len("mojo")
    print(nl[0], nl[1])
    var f = fib_pair(50)
    print(f[0], f[1], fib_pair(1)[0], fib_pair(10)[0])
    var pairs = List[Int]()
    for n in range(1, 6):
        x, y = divmod_floor(n * 11, 4)
        pairs.append(x * 10 + y)
    var s = String("")
    for p in pairs:
        s += String(p) + ","
    print(s)
