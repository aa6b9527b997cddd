# Check digits: the Luhn algorithm for card numbers and ISBN-10 / ISBN-13 validation over Strings.
fn luhn_ok(number: String) raises -> Bool:
    var total = 0
    var double = False
    var i = len(number) - 1
    var digits = 0
    while i >= 0:
        var c = number[i]
        i -= 1
        if c == " ":
            continue
        var d = Int(c)
        if double:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        double = not double
        digits += 1
    return digits > 1 and total % 10 == 0


fn isbn10_ok(s: String) raises -> Bool:
    var clean = s.replace("-", "")
    if len(clean) != 10:
        return False
    var total = 0
    for i in range(10):
        var v = 10 if (i == 9 and clean[i] == "X") else Int(clean[i])
        total += (10 - i) * v
    return total % 11 == 0


fn isbn13_ok(s: String) raises -> Bool:
    var clean = s.replace("-", "")
    if len(clean) != 13:
        return False
    var total = 0
    for i in range(13):
        total += Int(clean[i]) * (1 if i % 2 == 0 else 3)
    return total % 10 == 0


fn main() raises:
    for n in List[String]("4539 3195 0343 6467", "8273 1232 7352 0569", "79927398713", "0", "059"):
        print(n, luhn_ok(n))
    for s in List[String]("0-306-40615-2", "0-306-40615-3", "0-8044-2957-X", "123"):
        print(s, isbn10_ok(s))
    for s in List[String]("978-0-306-40615-7", "978-0-306-40615-6", "9781861972712"):
        print(s, isbn13_ok(s))
