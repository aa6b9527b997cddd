# Substring search: naive scanning vs. Knuth-Morris-Pratt with a prefix-function List, counting overlaps.
fn prefix_function(p: String) -> List[Int]:
    var pi = List[Int]()
    for _ in range(len(p)):
        pi.append(0)
    var k = 0
    for i in range(1, len(p)):
        while k > 0 and p[i] != p[k]:
            k = pi[k - 1]
        if p[i] == p[k]:
            k += 1
        pi[i] = k
    return pi


fn kmp_all(text: String, p: String) -> List[Int]:
    var hits = List[Int]()
    var pi = prefix_function(p)
    var k = 0
    for i in range(len(text)):
        while k > 0 and text[i] != p[k]:
            k = pi[k - 1]
        if text[i] == p[k]:
            k += 1
        if k == len(p):
            hits.append(i - len(p) + 1)
            k = pi[k - 1]
    return hits


fn naive_all(text: String, p: String) -> List[Int]:
    var hits = List[Int]()
    for i in range(len(text) - len(p) + 1):
        if text[i:i + len(p)] == p:
            hits.append(i)
    return hits


fn show(xs: List[Int]) -> String:
    var s = String("")
    for x in xs:
        s += String(x) + " "
    return "[" + s + "]"


fn main():
    var pi = prefix_function("abacabab")
    print(show(pi))
    var text = "abababcabababcababab"
    for p in List[String]("abab", "abc", "bab", "x", "abababcabababcababab"):
        var a = kmp_all(text, p)
        var b = naive_all(text, p)
        print(p, show(a), len(a) == len(b), text.count(p), text.find(p))
    print(show(kmp_all("aaaaa", "aa")), show(naive_all("aaaaa", "aa")))
