# Continued fractions: expansions of rationals, periodic expansions of square roots, and convergents.
fn isqrt(n: Int) -> Int:
    var x = 0
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


fn cf_rational(p: Int, q: Int) -> String:
    var a = p
    var b = q
    var out = String("[")
    var first = True
    while b != 0:
        out += ("" if first else ", ") + String(a // b)
        first = False
        var t = a % b
        a = b
        b = t
    return out + "]"


fn cf_sqrt(n: Int) -> List[Int]:
    var a0 = isqrt(n)
    var terms = List[Int](a0)
    if a0 * a0 == n:
        return terms
    var m = 0
    var d = 1
    var a = a0
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        terms.append(a)
    return terms


fn main():
    print(cf_rational(415, 93), cf_rational(649, 200), cf_rational(-7, 3), cf_rational(5, 1))
    for n in List[Int](2, 3, 7, 13, 23, 16, 61):
        var t = cf_sqrt(n)
        var s = String("")
        for x in t:
            s += String(x) + " "
        print("sqrt", n, "->", s, "period", len(t) - 1)
    # convergents of sqrt(2): p/q with p^2 - 2 q^2 = +-1
    var p0 = 1
    var q0 = 0
    var p1 = 1
    var q1 = 1
    var line = String("")
    for _ in range(8):
        var p2 = 2 * p1 + p0
        var q2 = 2 * q1 + q0
        p0 = p1
        q0 = q1
        p1 = p2
        q1 = q2
        line += String(p1) + "/" + String(q1) + "(" + String(p1 * p1 - 2 * q1 * q1) + ") "
    print(line)
