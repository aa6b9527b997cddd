# A grade report: Dict[String, Float64] averages, letter grades, ranking by repeated max extraction, histogram.
fn letter(avg: Float64) -> String:
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"


fn main() raises:
    var names = List[String]("ana", "ben", "cho", "dev", "eli", "fay")
    var scores = List[List[Int]](
        List[Int](92, 88, 95),
        List[Int](71, 64, 80),
        List[Int](85, 91, 78),
        List[Int](55, 62, 48),
        List[Int](99, 97, 100),
        List[Int](70, 70, 69),
    )
    var avg = Dict[String, Float64]()
    for i in range(len(names)):
        var s = 0
        for x in scores[i]:
            s += x
        avg[names[i]] = Float64(s) / Float64(len(scores[i]))
    var counts = Dict[String, Int]()
    for n in avg:
        var g = letter(avg[n])
        counts[g] = counts.get(g, 0) + 1
    var remaining = avg.copy()
    var rank = 1
    while len(remaining) > 0:
        var best = String("")
        var best_v: Float64 = -1
        for n in remaining:
            if remaining[n] > best_v:
                best = n
                best_v = remaining[n]
        print(rank, best, best_v, letter(best_v))
        _ = remaining.pop(best)
        rank += 1
    for g in List[String]("A", "B", "C", "D", "F"):
        var bar = String("")
        for _ in range(counts.get(g, 0)):
            bar += "*"
        print(g, bar)
    print(len(avg), len(remaining))
