# Optional values for settings that may be absent: parsing, defaults with or_else, chaining, Optional[Float64].
fn parse_setting(line: String, key: String) -> Optional[String]:
    if not line.startswith(key + "="):
        return None
    var value = line[len(key) + 1:]
    if len(value) == 0:
        return None
    return value


fn to_int(o: Optional[String]) -> Optional[Int]:
    if not o:
        return None
    try:
        return Int(o.value())
    except:
        return None


fn ratio(a: Optional[Int], b: Optional[Int]) -> Optional[Float64]:
    if a is not None and b is not None and b.value() != 0:
        return Float64(a.value()) / Float64(b.value())
    return None


fn main():
    var lines = List[String]("width=640", "height=", "depth=x12", "depth=24", "title=demo")
    var width = Optional[Int]()
    var height = Optional[Int]()
    var depth = Optional[Int]()
    var title = Optional[String]()
    for line in lines:
        var w = to_int(parse_setting(line, "width"))
        if w:
            width = w
        var h = to_int(parse_setting(line, "height"))
        if h:
            height = h
        var d = to_int(parse_setting(line, "depth"))
        if d:
            depth = d
        var t = parse_setting(line, "title")
        if t:
            title = t
    print(width.or_else(-1), height.or_else(-1), depth.or_else(-1), title.or_else("untitled"))
    print(width is None, height is None, ratio(width, depth).or_else(0.0), ratio(width, height).or_else(-1.0))
    print(ratio(Optional[Int](3), Optional[Int](0)) is None, ratio(Optional[Int](3), Optional[Int](4)).value())
