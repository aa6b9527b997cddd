fn word_counts(words: List[String]) -> Dict[String, Int]:
    var counts = Dict[String, Int]()
    for i in range(len(words)):
        var w = words[i]
        if w in counts:
            try:
                counts[w] += 1
            except:
                pass
        else:
            counts[w] = 1
    return counts


fn main() raises:
    var words = List[String]("a", "b", "a", "c", "b", "a")
    var counts = word_counts(words)
    print(len(counts), counts["a"], counts["b"], counts["c"])
    for w in counts:
        print(w, counts[w])
    var total = 0
    for n in counts.values():
        total += n
    print("total", total)
    print(counts.get("a").value(), counts.get("z").or_else(-1), counts.get("z", 0))
    var copy = counts
    copy["a"] = 100
    print(counts["a"], copy["a"], "z" in counts, "a" not in counts)
    print(counts.pop("b"), len(counts), counts.pop("q", 7))
    var squares = Dict[Int, Float64]()
    for i in range(4):
        squares[i] = Float64(i * i) / 2
    for k in squares.keys():
        print(k, squares[k])
    try:
        print(counts["missing"])
    except e:
        print("missing:", e)
    counts.clear()
    print(len(counts))
