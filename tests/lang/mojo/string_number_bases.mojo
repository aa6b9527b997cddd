# Integer <-> text in bases 2..16 by hand, with padding and negative numbers; parsing back with a raises fn.
alias digits = "0123456789abcdef"


fn to_base(n: Int, base: Int) -> String:
    if n == 0:
        return "0"
    var k = abs(n)
    var out = String("")
    while k > 0:
        out = digits[k % base] + out
        k //= base
    return ("-" if n < 0 else "") + out


fn pad_left(s: String, width: Int, fill: String) -> String:
    var out = s
    while len(out) < width:
        out = fill + out
    return out


fn from_base(s: String, base: Int) raises -> Int:
    var neg = s.startswith("-")
    var body = s.removeprefix("-").lower()
    var n = 0
    for i in range(len(body)):
        var d = digits.find(body[i])
        if d < 0 or d >= base:
            raise Error("invalid digit " + body[i] + " for base " + String(base))
        n = n * base + d
    return -n if neg else n


fn main() raises:
    for n in List[Int](0, 5, 255, -42, 1000000, 9223372036854775807):
        print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 7))
    print(pad_left(to_base(5, 2), 8, "0"), pad_left("ff", 4, "."), pad_left("toolong", 3, "x"))
    print(from_base("ff", 16), from_base("-777", 8), from_base("101010", 2), from_base("Beef", 16))
    for s in List[String]("12", "19", "-1a"):
        try:
            print(s, from_base(s, 9))
        except e:
            print(s, "error:", e)
