fn divmod_(a: Int, b: Int) -> (Int, Int):
    return a // b, a % b


fn stats(values: List[Float64]) -> Tuple[Float64, Float64, Int]:
    var lo = values[0]
    var hi = values[0]
    for i in range(len(values)):
        lo = min(lo, values[i])
        hi = max(hi, values[i])
    return (lo, hi, len(values))


fn main():
    q, r = divmod_(17, 5)
    print(q, r)
    var t = divmod_(-7, 2)
    print(t[0], t[1], t[-1])
    q, r = r, q
    print(q, r)
    var s = stats(List[Float64](2.5, -1.0, 4.0))
    print(s[0], s[1], s[2])
    var pair = ("mojo", 2)
    print(pair[0] + "!", pair[1] * 10)
    lo, hi, n = stats(List[Float64](1.0))
    print(lo, hi, n)
