# Detecting 64-bit overflow after the fact: checked add/mul returning Optional, saturating arithmetic, factorial limit.
alias MAX = 9223372036854775807
alias MIN = -9223372036854775807 - 1


fn checked_add(a: Int, b: Int) -> Optional[Int]:
    var s = a + b
    if (a >= 0 and b >= 0 and s < 0) or (a < 0 and b < 0 and s >= 0):
        return None
    return s


fn checked_mul(a: Int, b: Int) -> Optional[Int]:
    if a == 0 or b == 0:
        return 0
    var p = a * b
    if p // b != a or (a == -1 and b == MIN) or (b == -1 and a == MIN):
        return None
    return p


fn saturating_add(a: Int, b: Int) -> Int:
    var r = checked_add(a, b)
    if r:
        return r.value()
    return MAX if a > 0 else MIN


fn main():
    print(checked_add(1, 2).or_else(-1), checked_add(MAX, 1) is None, checked_add(MIN, -1) is None, checked_add(MAX, MIN).or_else(0))
    print(checked_mul(3037000499, 3037000499).or_else(-1), checked_mul(3037000500, 3037000500) is None, checked_mul(-1, MIN) is None, checked_mul(MIN, 1).or_else(0))
    print(saturating_add(MAX - 5, 10), saturating_add(MIN + 5, -10), saturating_add(40, 2))
    var f = 1
    var n = 1
    while True:
        var nxt = checked_mul(f, n + 1)
        if not nxt:
            break
        f = nxt.value()
        n += 1
    print("largest factorial in Int:", n, "! =", f)
    var hi: Int = MAX
    var lo: Int = MIN
    print("wrapped:", hi + 1 == lo, lo - 1 == hi, -lo == lo, hi * 2)
