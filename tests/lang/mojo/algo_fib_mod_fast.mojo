# Fibonacci numbers modulo a prime for huge n: fast doubling with Tuples vs. 2x2 matrix powers in four Ints.
alias MOD = 1000000007


fn fib_doubling(n: Int) -> (Int, Int):
    if n == 0:
        return 0, 1
    var p = fib_doubling(n // 2)
    var a = p[0]
    var b = p[1]
    var c = a * ((2 * b - a + MOD) % MOD) % MOD
    var d = (a * a + b * b) % MOD
    if n % 2 == 0:
        return c, d
    return d, (c + d) % MOD


fn fib_matrix(n: Int) -> Int:
    var r00 = 1
    var r01 = 0
    var r10 = 0
    var r11 = 1
    var m00 = 1
    var m01 = 1
    var m10 = 1
    var m11 = 0
    var e = n
    while e > 0:
        if e & 1 == 1:
            var t00 = (r00 * m00 + r01 * m10) % MOD
            var t01 = (r00 * m01 + r01 * m11) % MOD
            var t10 = (r10 * m00 + r11 * m10) % MOD
            var t11 = (r10 * m01 + r11 * m11) % MOD
            r00 = t00
            r01 = t01
            r10 = t10
            r11 = t11
        var s00 = (m00 * m00 + m01 * m10) % MOD
        var s01 = (m00 * m01 + m01 * m11) % MOD
        var s10 = (m10 * m00 + m11 * m10) % MOD
        var s11 = (m10 * m01 + m11 * m11) % MOD
        m00 = s00
        m01 = s01
        m10 = s10
        m11 = s11
        e >>= 1
    return r01


fn main():
    for n in List[Int](0, 1, 2, 10, 90, 1000, 123456789, 1000000000000000000):
        print(n, fib_doubling(n)[0], fib_matrix(n))
