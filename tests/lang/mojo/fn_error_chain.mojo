# Errors travel through several raising fns, are caught, wrapped and raised again.
fn parse_digit(c: String) raises -> Int:
    var digits = List[String]("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
    for i in range(10):
        if digits[i] == c:
            return i
    raise Error("not a digit: '" + c + "'")


fn parse_number(chars: List[String]) raises -> Int:
    if len(chars) == 0:
        raise "empty input"
    var value = 0
    for i in range(len(chars)):
        value = value * 10 + parse_digit(chars[i])
    return value


fn parse_or_default(text: List[String], default: Int) -> Int:
    try:
        return parse_number(text)
    except e:
        print("  (", e, ")")
        return default


fn total(texts: List[List[String]]) raises -> Int:
    var sum = 0
    for i in range(len(texts)):
        try:
            sum += parse_number(texts[i])
        except e:
            raise Error("item " + String(i) + ": " + String(e))
    return sum


fn main() raises:
    print(parse_or_default(List[String]("1", "2", "3"), -1))
    print(parse_or_default(List[String]("1", "2", "x"), -1))
    print(parse_or_default(List[String](), 0))
    var good = List[List[String]](List[String]("1"), List[String]("2", "0"), List[String]("3", "0", "0"))
    print(total(good))
    try:
        var bad = List[List[String]](List[String]("1"), List[String]("2", "a"))
        print(total(bad))
    except e:
        print("total failed:", e)
    var attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise Error("attempt " + String(attempts))
            break
        except e:
            print("retrying after", e)
    print("attempts:", attempts)
