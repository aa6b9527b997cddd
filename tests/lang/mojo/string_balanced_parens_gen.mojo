# Generating all balanced parenthesis strings by backtracking into a List[String], with Catalan counts.
fn generate(opened: Int, close: Int, n: Int, prefix: String, mut out: List[String]):
    if len(prefix) == 2 * n:
        out.append(prefix)
        return
    if opened < n:
        generate(opened + 1, close, n, prefix + "(", out)
    if close < opened:
        generate(opened, close + 1, n, prefix + ")", out)


fn depth(s: String) -> Int:
    var d = 0
    var best = 0
    for i in range(len(s)):
        d += 1 if s[i] == "(" else -1
        best = max(best, d)
    return best


fn main():
    var three = List[String]()
    generate(0, 0, 3, "", three)
    var line = String("")
    for s in three:
        line += s + " "
    print(line)
    for n in range(1, 9):
        var combos = List[String]()
        generate(0, 0, n, "", combos)
        var deepest = 0
        var flat = 0
        for s in combos:
            if depth(s) == n:
                deepest += 1
            if depth(s) == 1:
                flat += 1
        print(n, len(combos), deepest, flat, combos[-1])
