# Parsing "key=value" lines with raises fns: errors carry messages up through callers, caught per line.
fn parse_int(s: String) raises -> Int:
    if len(s) == 0:
        raise Error("empty number")
    var sign = 1
    var start = 0
    if s[0] == "-":
        sign = -1
        start = 1
    var n = 0
    for i in range(start, len(s)):
        if not s[i].isdigit():
            raise Error("bad digit '" + s[i] + "' in " + s)
        n = n * 10 + Int(s[i])
    return sign * n


fn parse_line(line: String) raises -> (String, Int):
    var eq = line.find("=")
    if eq < 0:
        raise Error("missing '=' in " + line)
    var key = line[:eq].strip()
    if len(key) == 0:
        raise Error("missing key")
    return key, parse_int(line[eq + 1:].strip())


fn main():
    var lines = List[String]("width = 640", "height=480", "depth", "=3", "scale = -2", "ratio = 1.5", "frames = ")
    var total = 0
    var failures = 0
    for line in lines:
        try:
            var kv = parse_line(line)
            print("ok", kv[0], kv[1])
            total += kv[1]
        except e:
            failures += 1
            print("error:", e)
    print("total", total, "failures", failures)
