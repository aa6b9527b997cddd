# Sorting a List[String] by String comparison, case-insensitive keys, dedupe of sorted runs, prefix search.
fn sort_strings(mut xs: List[String], ignore_case: Bool):
    for i in range(1, len(xs)):
        var cur = xs[i]
        var key = cur.lower() if ignore_case else cur
        var j = i - 1
        while j >= 0:
            var other = xs[j].lower() if ignore_case else xs[j]
            if other <= key:
                break
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = cur


fn join(xs: List[String]) -> String:
    var s = String("")
    for i in range(len(xs)):
        if i > 0:
            s += ","
        s += xs[i]
    return s


fn main():
    var names = List[String]("mojo", "Python", "c", "Rust", "zig", "Go", "python", "apl", "mojo", "C")
    var a = names.copy()
    sort_strings(a, False)
    print(join(a))
    var b = names.copy()
    sort_strings(b, True)
    print(join(b))
    var unique = List[String]()
    for s in a:
        if len(unique) == 0 or unique[-1] != s:
            unique.append(s)
    print(len(unique), join(unique))
    var with_p = 0
    for s in b:
        if s.lower().startswith("p"):
            with_p += 1
    print("p-names:", with_p, "a < b:", String("a") < String("b"), "Z < a:", String("Z") < String("a"), "ab < abc:", String("ab") < String("abc"))
