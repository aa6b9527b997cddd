# Optional results threaded through lookups: first match, safe division, parse attempts, or_else defaults.
fn first_negative(items: List[Int]) -> Optional[Int]:
    for x in items:
        if x < 0:
            return x
    return None


fn safe_div(a: Int, b: Int) -> Optional[Int]:
    if b == 0:
        return None
    return a // b


fn parse_digit(s: String) -> Optional[Int]:
    if len(s) == 1 and s.isdigit():
        try:
            return Int(s)
        except:
            return None
    return None


fn show(label: String, o: Optional[Int]):
    if o:
        print(label, "->", o.value())
    else:
        print(label, "-> none")


fn main():
    show("first_negative", first_negative(List[Int](3, 0, -4, -9)))
    show("first_negative", first_negative(List[Int](1, 2)))
    show("7 // 2", safe_div(7, 2))
    show("-7 // 2", safe_div(-7, 2))
    show("7 // 0", safe_div(7, 0))
    var total = 0
    var bad = 0
    for s in List[String]("4", "x", "9", "", "12", "0"):
        var d = parse_digit(s)
        if d is None:
            bad += 1
        total += d.or_else(100)
    print("total", total, "bad", bad)
    var cache = Optional[String]()
    for i in range(3):
        if not cache:
            print("computing at", i)
            cache = String("result")
    print(cache.value(), cache is not None)
