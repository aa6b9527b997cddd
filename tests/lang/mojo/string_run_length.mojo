# Run-length encoding and decoding of Strings; digits parsed with Int(String) in a raises fn.
fn encode(s: String) -> String:
    if len(s) == 0:
        return ""
    var out = String("")
    var current = s[0]
    var run = 1
    for i in range(1, len(s)):
        if s[i] == current:
            run += 1
        else:
            out += String(run) + current
            current = s[i]
            run = 1
    out += String(run) + current
    return out


fn decode(s: String) raises -> String:
    var out = String("")
    var digits = String("")
    for i in range(len(s)):
        var c = s[i]
        if c.isdigit():
            digits += c
        else:
            var n = Int(digits)
            for _ in range(n):
                out += c
            digits = ""
    return out


fn main() raises:
    var samples = List[String]("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "", "zzzzzzzzzzzz")
    for s in samples:
        var e = encode(s)
        var d = decode(e)
        print("[" + e + "]", len(s), len(e), d == s)
    print(decode("3x2y1z"), decode("10a"))
