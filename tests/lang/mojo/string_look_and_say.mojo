# Look-and-say sequence terms built with String concatenation, lengths, and digit frequencies.
fn next_term(s: String) -> String:
    var out = String("")
    var i = 0
    while i < len(s):
        var j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += String(j - i) + s[i]
        i = j
    return out


fn main():
    var t = String("1")
    for n in range(1, 11):
        print(n, t)
        t = next_term(t)
    var s = String("1")
    for _ in range(30):
        s = next_term(s)
    print("length of term 31:", len(s))
    print("ones", s.count("1"), "twos", s.count("2"), "threes", s.count("3"))
    print(next_term("3333"), next_term("22"), "[" + next_term("") + "]")
