# Integer square roots by Newton's method on Int (exact for the whole 63-bit range), perfect squares, sums of squares.
fn isqrt(n: Int) -> Int:
    if n < 2:
        return n
    var x = n
    var y = x // 2 + x % 2  # (x + 1) // 2 without overflowing at the top of the range
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


fn is_square(n: Int) -> Bool:
    var r = isqrt(n)
    return r * r == n


fn two_squares(n: Int) -> String:
    var out = String("")
    var a = 0
    while 2 * a * a <= n:
        var rest = n - a * a
        if is_square(rest):
            out += String(a) + "^2+" + String(isqrt(rest)) + "^2 "
        a += 1
    return out


fn main():
    for n in List[Int](0, 1, 15, 16, 17, 99, 100, 1 << 40, 9223372036854775807, 3037000499 * 3037000499):
        print(n, isqrt(n), is_square(n))
    print(two_squares(25), "|", two_squares(50), "|", two_squares(325), "|", two_squares(3), "|")
    var squares = 0
    for n in range(1, 10001):
        if is_square(n):
            squares += 1
    print("squares up to 10000:", squares)
