# for e in d.items(): e.key and e.value (also spelled e[].key, e[].value), in insertion order.
fn main() raises:
    var counts = Dict[String, Int]()
    counts["apple"] = 3
    counts["pear"] = 5
    for e in counts.items():
        print(e[].key, e[].value)
    var total = 0
    for e in counts.items():
        total += e.value
    print(total)
    var scores = Dict[Int, Float64]()
    scores[7] = 2.5
    for e in scores.items():
        print(e.key * 2, e.value + 1.0)
    var copy = Dict[String, Int]()
    for e in counts.items():
        var entry = e
        copy[entry.key.upper()] = entry.value * 10
    for k in copy.keys():
        print(k[], copy[k[]])
    for e in Dict[String, String]().items():
        print("never", e.key)
    else:
        print("empty")
