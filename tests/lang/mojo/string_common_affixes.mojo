# Longest common prefix and suffix of word Lists, shared stems, and removeprefix/removesuffix on the results.
fn common_prefix(words: List[String]) -> String:
    if len(words) == 0:
        return ""
    var p = words[0]
    for w in words:
        var n = 0
        while n < len(p) and n < len(w) and p[n] == w[n]:
            n += 1
        p = p[:n]
    return p


fn common_suffix(words: List[String]) -> String:
    if len(words) == 0:
        return ""
    var s = words[0]
    for w in words:
        var n = 0
        while n < len(s) and n < len(w) and s[len(s) - 1 - n] == w[len(w) - 1 - n]:
            n += 1
        s = s[len(s) - n:]
    return s


fn main():
    var groups = List[List[String]](
        List[String]("interstellar", "internet", "interval", "internal"),
        List[String]("running", "jumping", "singing"),
        List[String]("mojo", "python"),
        List[String]("same", "same"),
        List[String]("solo"),
    )
    for g in groups:
        var p = common_prefix(g)
        var s = common_suffix(g)
        var stems = String("")
        for w in g:
            stems += w.removeprefix(p).removesuffix(s) + ","
        print("[" + p + "]", "[" + s + "]", stems)
    print("[" + common_prefix(List[String]()) + "]", "flower".removeprefix("flow"), "flower".removesuffix("x"))
