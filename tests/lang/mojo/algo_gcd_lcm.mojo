# Euclid's gcd (iterative and recursive), lcm, extended gcd with a Tuple, on negative values too.
fn gcd(a: Int, b: Int) -> Int:
    var x = abs(a)
    var y = abs(b)
    while y != 0:
        var t = x % y
        x = y
        y = t
    return x


fn gcd_rec(a: Int, b: Int) -> Int:
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)


fn lcm(a: Int, b: Int) -> Int:
    if a == 0 or b == 0:
        return 0
    return abs(a // gcd(a, b) * b)


fn ext_gcd(a: Int, b: Int) -> (Int, Int, Int):
    if b == 0:
        return a, 1, 0
    var r = ext_gcd(b, a % b)
    return r[0], r[2], r[1] - (a // b) * r[2]


fn main():
    var pairs = List[Int](12, 18, 100, 75, -36, 24, 17, 5, 0, 9, 1071, 462)
    for i in range(0, len(pairs), 2):
        var a = pairs[i]
        var b = pairs[i + 1]
        print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b))
    g, x, y = ext_gcd(240, 46)
    print(g, x, y, 240 * x + 46 * y)
    var acc = 1
    for k in range(1, 21):
        acc = lcm(acc, k)
    print("lcm 1..20 =", acc)
