# A string literal in a Tuple keeps Mojo 25.1's type StringLiteral: `x in t` and
# t.__contains__(x) look only at the fields of x's own type, so a literal does not find a
# String field and a String does not find a literal field. Tuple aliases are constants.

alias PAIR = (1, "one")


fn second(t: Tuple[Int, String]) -> String:
    return t[1]


fn main():
    var a = (123, True, "text")
    print("text" in a, a.__contains__("text"), "other" in a)
    print(123 in a, a.__contains__(123), 1 in a, a.__contains__(0))
    print(True in a, False in a, a.__contains__(True), a.__contains__(1))
    var c = (1, 0)
    print(True in c, c.__contains__(False), 0 in c)
    var d = (123, String("text"))
    print(String("text") in d, "text" in d, d.__contains__(String("text")))
    print(String("text") in a, a.__contains__(String("text")))
    var s: String = a[2]
    s += "!"
    print(s, len(s))
    var n: Int
    var b: Bool
    var w: String
    n, b, w = a
    print(n, b, w + "?")
    print(second((2, "two")), PAIR[1], 1 in PAIR, "one" in PAIR)
    var lits: Tuple[Int, StringLiteral] = (3, "three")
    print("three" in lits, String("three") in lits)

    alias t_alias = (7, False, "lit", String("str"), 2.5)
    alias found = 7 in t_alias
    alias missing = "str" in t_alias
    print(found, missing, "lit" in t_alias, String("str") in t_alias, String("lit") in t_alias)
    print(t_alias.__contains__(False), t_alias.__contains__(0), t_alias.__contains__(2.5))
    print(t_alias[2], t_alias[0] + 1, t_alias[3] + "ing")
