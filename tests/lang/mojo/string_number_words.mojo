# Spelling integers in English words with Lists of names, recursion over thousands, and letter counts.
fn small(n: Int) -> String:
    var ones = List[String]("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
    var tens = List[String]("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("" if n % 10 == 0 else "-" + ones[n % 10])
    var rest = n % 100
    return ones[n // 100] + " hundred" + ("" if rest == 0 else " and " + small(rest))


fn words(n: Int) -> String:
    if n < 0:
        return "minus " + words(-n)
    if n < 1000:
        return small(n)
    var scales = List[String]("thousand", "million", "billion")
    var parts = List[String]()
    var k = n
    var level = -1
    while k > 0:
        var chunk = k % 1000
        if chunk > 0:
            var text = small(chunk)
            if level >= 0:
                text += " " + scales[level]
            parts.append(text)
        k //= 1000
        level += 1
    var out = String("")
    for i in range(len(parts) - 1, -1, -1):
        out += parts[i] + (", " if i > 0 else "")
    return out


fn letters(s: String) -> Int:
    var n = 0
    for i in range(len(s)):
        if s[i] != " " and s[i] != "-" and s[i] != ",":
            n += 1
    return n


fn main():
    for n in List[Int](0, 7, 13, 40, 42, 100, 115, 342, 1000, 2024, 1000001, 987654321, -15):
        print(n, "->", words(n))
    var total = 0
    for n in range(1, 1000):
        total += letters(words(n))
    print("letters in 1..999:", total + letters("one thousand"))
