# Breaking a Caesar cipher by frequency scoring: try all 26 shifts, score with common-letter weights, pick the best.
alias abc = "abcdefghijklmnopqrstuvwxyz"
alias common = "etaoinshrdlu"


fn shift(text: String, by: Int) -> String:
    var out = String("")
    for i in range(len(text)):
        var at = abc.find(text[i])
        out += abc[(at + by) % 26] if at >= 0 else text[i]
    return out


fn score(text: String) -> Int:
    var s = 0
    for i in range(len(text)):
        var rank = common.find(text[i])
        if rank >= 0:
            s += len(common) - rank
    return s


fn crack(cipher: String) -> (Int, String):
    var best = 0
    var best_score = -1
    for k in range(26):
        var sc = score(shift(cipher, -k))
        if sc > best_score:
            best_score = sc
            best = k
    return best, shift(cipher, -best)


fn reverse_words(s: String) -> String:
    var words = List[String]()
    var cur = String("")
    for i in range(len(s)):
        if s[i] == " ":
            if len(cur) > 0:
                words.append(cur)
            cur = ""
        else:
            cur += s[i]
    if len(cur) > 0:
        words.append(cur)
    var out = String("")
    for i in range(len(words) - 1, -1, -1):
        out += words[i] + (" " if i > 0 else "")
    return out


fn main():
    var plain = "the secret meeting is at the old train station near the river"
    for k in List[Int](3, 13, 25):
        var c = shift(plain, k)
        var r = crack(c)
        print(k, r[0], r[1] == plain, c[:16])
    print(reverse_words("  fast   code is   fun "), "|", reverse_words("one"), "|", reverse_words(""), "|")
