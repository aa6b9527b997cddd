# Word frequencies with Dict[String, Int]: tokenising by hand, counting, finding the top words, removing.
fn words(text: String) -> List[String]:
    var out = List[String]()
    var current = String("")
    var low = text.lower()
    for i in range(len(low)):
        var c = low[i]
        if c.isspace() or c == "," or c == "." or c == "!":
            if len(current) > 0:
                out.append(current)
                current = ""
        else:
            current += c
    if len(current) > 0:
        out.append(current)
    return out


fn main() raises:
    var text = "The cat sat. The cat ran! A dog sat, the dog slept, and THE end."
    var counts = Dict[String, Int]()
    var ws = words(text)
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    print(len(ws), "words,", len(counts), "distinct")
    for w in counts:
        print(w, counts[w])
    var best = String("")
    var best_n = 0
    for w in counts:
        if counts[w] > best_n:
            best = w
            best_n = counts[w]
    print("most common:", best, best_n)
    print(counts.pop("the"), "the" in counts, counts.get("the", -1), len(counts))
    var total = 0
    for n in counts.values():
        total += n
    print("remaining", total)
