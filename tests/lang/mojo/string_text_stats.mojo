# Text statistics over a String: vowels, words, capitalisation by hand, the longest word, character classes.
alias lowers = "abcdefghijklmnopqrstuvwxyz"
alias uppers = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


fn capitalize_words(s: String) -> String:
    var out = String("")
    var start = True
    for i in range(len(s)):
        var c = s[i]
        var at = lowers.find(c)
        if start and at >= 0:
            out += uppers[at]
        else:
            out += c
        start = c == " "
    return out


fn main():
    var text = String("the quick brown fox jumps over the lazy dog 42 times")
    var vowels = 0
    var spaces = 0
    var digits = 0
    for i in range(len(text)):
        var c = text[i]
        if "aeiou".find(c) >= 0:
            vowels += 1
        elif c.isspace():
            spaces += 1
        elif c.isdigit():
            digits += 1
    print(len(text), vowels, spaces, digits)
    var longest = String("")
    var word = String("")
    var count = 0
    for i in range(len(text) + 1):
        if i == len(text) or text[i] == " ":
            if len(word) > len(longest):
                longest = word
            if len(word) > 0:
                count += 1
            word = ""
        else:
            word += text[i]
    print(count, longest)
    var cap = capitalize_words(text)
    print(cap)
    print(cap.isupper(), cap.upper().isupper(), text.islower(), cap.count("T"), text.rfind("the"), text.find("the"))
    print(text.replace("the ", "").replace(" ", "_"))
    print("[" + "  padded\t".strip() + "]", "[" + "xxhixx".lstrip("x") + "]", "[" + "xxhixx".rstrip("x") + "]", "report.txt".removesuffix(".txt"))
