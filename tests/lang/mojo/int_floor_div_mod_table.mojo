# Floor division and modulo on Int with every sign combination; the identity a == (a // b) * b + a % b.
fn row(a: Int, b: Int) -> String:
    var q = a // b
    var r = a % b
    var ok = q * b + r == a
    return String(a) + " " + String(b) + " -> " + String(q) + " " + String(r) + (" ok" if ok else " BROKEN")


fn trunc_div(a: Int, b: Int) -> Int:
    var q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


fn main():
    var nums = List[Int](7, -7, 0, 13, -13)
    var dens = List[Int](2, -2, 5, -5, 1)
    for a in nums:
        for b in dens:
            print(row(a, b))
    print(trunc_div(-7, 2), trunc_div(7, -2), trunc_div(-8, 2), trunc_div(7, 2))
    var big = 9223372036854775807
    print(big // 2, big % 10, (-big - 1) // 3, (-big - 1) % 3)
    var x = 17
    x //= -4
    var y = 17
    y %= -4
    print(x, y, 2 ** 10, (-3) ** 3, 10 ** 18)
