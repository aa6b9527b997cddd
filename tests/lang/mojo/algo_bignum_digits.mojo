# Arbitrary-size naturals as little-endian List[Int] limbs in base 10000: factorials, powers of two, digit sums.
alias BASE = 10000


fn mul_small(mut a: List[Int], k: Int):
    var carry = 0
    for i in range(len(a)):
        var v = a[i] * k + carry
        a[i] = v % BASE
        carry = v // BASE
    while carry > 0:
        a.append(carry % BASE)
        carry //= BASE


fn add(a: List[Int], b: List[Int]) -> List[Int]:
    var out = List[Int]()
    var carry = 0
    for i in range(max(len(a), len(b))):
        var v = carry
        if i < len(a):
            v += a[i]
        if i < len(b):
            v += b[i]
        out.append(v % BASE)
        carry = v // BASE
    if carry > 0:
        out.append(carry)
    return out


fn to_string(a: List[Int]) -> String:
    var s = String(a[-1])
    for i in range(len(a) - 2, -1, -1):
        var part = String(a[i])
        while len(part) < 4:
            part = "0" + part
        s += part
    return s


fn digit_sum(a: List[Int]) -> Int:
    var s = 0
    for limb in a:
        var v = limb
        while v > 0:
            s += v % 10
            v //= 10
    return s


fn main():
    var f = List[Int](1)
    for k in range(2, 31):
        mul_small(f, k)
    print("30! =", to_string(f))
    var g = List[Int](1)
    for k in range(2, 101):
        mul_small(g, k)
    var s = to_string(g)
    print("100! has", len(s), "digits, digit sum", digit_sum(g), "starts", s[:12])
    var p = List[Int](1)
    for _ in range(128):
        mul_small(p, 2)
    print("2^128 =", to_string(p))
    var a = List[Int](1)
    var b = List[Int](1)
    for _ in range(148):
        var c = add(a, b)
        a = b
        b = c
    print("F(150) =", to_string(b))
