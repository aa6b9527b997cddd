# Two classic integer algorithms: the Gregorian Easter date (anonymous computus) and greedy Egyptian fractions.
fn easter(year: Int) -> (Int, Int):
    var a = year % 19
    var b = year // 100
    var c = year % 100
    var d = b // 4
    var e = b % 4
    var f = (b + 8) // 25
    var g = (b - f + 1) // 3
    var h = (19 * a + b - d - g + 15) % 30
    var i = c // 4
    var k = c % 4
    var l = (32 + 2 * e + 2 * i - h - k) % 7
    var m = (a + 11 * h + 22 * l) // 451
    var month = (h + l - 7 * m + 114) // 31
    var day = (h + l - 7 * m + 114) % 31 + 1
    return month, day


fn egyptian(p: Int, q: Int) -> String:
    var num = p
    var den = q
    var out = String("")
    while num > 0:
        var unit = (den + num - 1) // num
        out += "1/" + String(unit) + " "
        num = num * unit - den
        den = den * unit
        var a = num
        var b = den
        while b != 0:
            var t = a % b
            a = b
            b = t
        if a > 1:
            num //= a
            den //= a
    return out


fn main():
    for y in List[Int](1961, 2000, 2019, 2024, 2025, 2038, 2285):
        var md = easter(y)
        print(y, "April" if md[0] == 4 else "March", md[1])
    print(egyptian(4, 13), "|", egyptian(5, 6), "|", egyptian(7, 15), "|", egyptian(1, 7))
