# Anagram checks with letter-count Lists, a canonical sorted key per word, and grouping through a Dict.
alias letters = "abcdefghijklmnopqrstuvwxyz"


fn counts(word: String) -> List[Int]:
    var c = List[Int]()
    for _ in range(26):
        c.append(0)
    var low = word.lower()
    for i in range(len(low)):
        var at = letters.find(low[i])
        if at >= 0:
            c[at] += 1
    return c


fn key(word: String) -> String:
    var c = counts(word)
    var k = String("")
    for i in range(26):
        for _ in range(c[i]):
            k += letters[i]
    return k


fn is_anagram(a: String, b: String) -> Bool:
    return key(a) == key(b)


fn main() raises:
    print(is_anagram("Listen", "Silent"), is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
    print(key("mojo"), key("Banana"), "[" + key("123") + "]")
    var words = List[String]("stop", "tops", "pots", "meat", "team", "tame", "mate", "opts", "post", "spot", "cat")
    var group_of = Dict[String, Int]()
    var sizes = List[Int]()
    for w in words:
        var k = key(w)
        if k not in group_of:
            group_of[k] = len(sizes)
            sizes.append(0)
        sizes[group_of[k]] += 1
    for k in group_of:
        print(k, sizes[group_of[k]])
