# Roman numerals both ways with parallel Lists of values and symbols, validated by a round trip.
fn to_roman(n: Int) -> String:
    var values = List[Int](1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
    var symbols = List[String]("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I")
    var out = String("")
    var k = n
    for i in range(len(values)):
        while k >= values[i]:
            out += symbols[i]
            k -= values[i]
    return out


fn value_of(c: String) -> Int:
    alias letters = "IVXLCDM"
    var vals = List[Int](1, 5, 10, 50, 100, 500, 1000)
    var at = letters.find(c)
    return vals[at] if at >= 0 else 0


fn from_roman(s: String) -> Int:
    var total = 0
    for i in range(len(s)):
        var v = value_of(s[i])
        if i + 1 < len(s) and v < value_of(s[i + 1]):
            total -= v
        else:
            total += v
    return total


fn main():
    for n in List[Int](1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        print(n, to_roman(n), from_roman(to_roman(n)))
    var ok = 0
    for n in range(1, 4000):
        if from_roman(to_roman(n)) == n:
            ok += 1
    print("round trips:", ok)
    print(from_roman("MCMLXXXIV"), from_roman("XLII"), len(to_roman(3888)))
