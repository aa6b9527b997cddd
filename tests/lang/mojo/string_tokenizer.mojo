# A hand-written tokenizer: identifiers, integers, floats, operators and strings, counted by kind in a Dict.
alias ident_start = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
alias two_char_ops = "==!=<=>=->**//"


fn tokenize(src: String) raises -> List[String]:
    var toks = List[String]()
    var i = 0
    while i < len(src):
        var c = src[i]
        if c.isspace():
            i += 1
        elif ident_start.find(c) >= 0:
            var j = i
            while j < len(src) and (ident_start.find(src[j]) >= 0 or src[j].isdigit()):
                j += 1
            toks.append("ID:" + src[i:j])
            i = j
        elif c.isdigit():
            var j = i
            var dots = 0
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                if src[j] == ".":
                    dots += 1
                j += 1
            if dots > 1:
                raise Error("bad number " + src[i:j])
            toks.append(("FLOAT:" if dots == 1 else "INT:") + src[i:j])
            i = j
        elif c == '"':
            var j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            if j >= len(src):
                raise Error("unterminated string at " + String(i))
            toks.append("STR:" + src[i + 1:j])
            i = j + 1
        else:
            var pair = src[i:i + 2]
            var k = two_char_ops.find(pair)
            if len(pair) == 2 and k >= 0 and k % 2 == 0:
                toks.append("OP:" + pair)
                i += 2
            else:
                toks.append("OP:" + c)
                i += 1
    return toks


fn main():
    var sources = List[String]('fn add(a: Int) -> Int: return a ** 2 // 3', 'x1 = 3.25 * (y_2 - 10)', 'print("hi there", n >= 4 != m)', "1.2.3 + 4", '"open')
    for src in sources:
        try:
            var toks = tokenize(src)
            var kinds = Dict[String, Int]()
            var line = String("")
            for t in toks:
                var kind = t[:t.find(":")]
                kinds[kind] = kinds.get(kind, 0) + 1
                line += t[t.find(":") + 1:] + " "
            print(len(toks), "|", line)
            var summary = String("")
            for k in kinds:
                summary += k + "=" + String(kinds[k]) + " "
            print("   ", summary)
        except e:
            print("error:", e)
