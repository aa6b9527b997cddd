# A recursive-descent calculator for + - * / // % ** and parentheses over Int, with a cursor held in a `mut` Int.
fn skip(s: String, mut pos: Int):
    while pos < len(s) and s[pos] == " ":
        pos += 1


fn parse_expr(s: String, mut pos: Int) raises -> Int:
    var v = parse_term(s, pos)
    while True:
        skip(s, pos)
        if pos < len(s) and (s[pos] == "+" or s[pos] == "-"):
            var op = s[pos]
            pos += 1
            var r = parse_term(s, pos)
            v = v + r if op == "+" else v - r
        else:
            break
    return v


fn parse_term(s: String, mut pos: Int) raises -> Int:
    var v = parse_power(s, pos)
    while True:
        skip(s, pos)
        if pos + 1 < len(s) and s[pos] == "/" and s[pos + 1] == "/":
            pos += 2
            var r = parse_power(s, pos)
            if r == 0:
                raise Error("division by zero at " + String(pos))
            v = v // r
        elif pos < len(s) and (s[pos] == "*" and not (pos + 1 < len(s) and s[pos + 1] == "*") or s[pos] == "%"):
            var op = s[pos]
            pos += 1
            var r = parse_power(s, pos)
            if op == "%":
                if r == 0:
                    raise Error("modulo by zero at " + String(pos))
                v = v % r
            else:
                v = v * r
        else:
            break
    return v


fn parse_power(s: String, mut pos: Int) raises -> Int:
    var base = parse_atom(s, pos)
    skip(s, pos)
    if pos + 1 < len(s) and s[pos] == "*" and s[pos + 1] == "*":
        pos += 2
        var e = parse_power(s, pos)
        return base ** e
    return base


fn parse_atom(s: String, mut pos: Int) raises -> Int:
    skip(s, pos)
    if pos >= len(s):
        raise Error("unexpected end")
    if s[pos] == "-":
        pos += 1
        return -parse_atom(s, pos)
    if s[pos] == "(":
        pos += 1
        var v = parse_expr(s, pos)
        skip(s, pos)
        if pos >= len(s) or s[pos] != ")":
            raise Error("missing ) at " + String(pos))
        pos += 1
        return v
    var start = pos
    while pos < len(s) and s[pos].isdigit():
        pos += 1
    if start == pos:
        raise Error("unexpected '" + s[pos] + "' at " + String(pos))
    return Int(s[start:pos])


fn evaluate(s: String) raises -> Int:
    var pos = 0
    var v = parse_expr(s, pos)
    skip(s, pos)
    if pos != len(s):
        raise Error("trailing input at " + String(pos))
    return v


fn main():
    var exprs = List[String]("1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-7 // 2", "-7 % 3", "100 - 3 - 4", "2 * (3 + 4) ** 2 // 5", "((42))", "1 +", "4 // (2 - 2)", "3 $ 4", "(1 + 2", "1 2")
    for e in exprs:
        try:
            print(e, "=", evaluate(e))
        except err:
            print(e, "-> error:", err)
