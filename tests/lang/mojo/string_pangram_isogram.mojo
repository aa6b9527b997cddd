# Letter-set questions on Strings using a List[Bool] of 26 flags: pangrams, isograms, missing letters, zigzag text.
alias abc = "abcdefghijklmnopqrstuvwxyz"


fn letter_flags(s: String) -> List[Bool]:
    var seen = List[Bool]()
    for _ in range(26):
        seen.append(False)
    var low = s.lower()
    for i in range(len(low)):
        var at = abc.find(low[i])
        if at >= 0:
            seen[at] = True
    return seen


fn missing(s: String) -> String:
    var flags = letter_flags(s)
    var out = String("")
    for i in range(26):
        if not flags[i]:
            out += abc[i]
    return out


fn is_isogram(s: String) -> Bool:
    var seen = List[Bool]()
    for _ in range(26):
        seen.append(False)
    var low = s.lower()
    for i in range(len(low)):
        var at = abc.find(low[i])
        if at >= 0:
            if seen[at]:
                return False
            seen[at] = True
    return True


fn zigzag(s: String, rows: Int) -> String:
    if rows == 1:
        return s
    var out = String("")
    var cycle = 2 * rows - 2
    for r in range(rows):
        var i = r
        while i < len(s):
            out += s[i]
            var j = i + cycle - 2 * r
            if r != 0 and r != rows - 1 and j < len(s):
                out += s[j]
            i += cycle
    return out


fn main():
    for s in List[String]("The quick brown fox jumps over the lazy dog", "Hello, World", "Pack my box with five dozen liquor jugs"):
        var m = missing(s)
        print(len(m) == 0, "[" + m + "]")
    for w in List[String]("lumberjacks", "background", "isograms", "six-year-old", "Alphabet"):
        print(w, is_isogram(w))
    print(zigzag("PAYPALISHIRING", 3), zigzag("PAYPALISHIRING", 4), zigzag("AB", 1))
