# Merging overlapping intervals (List of @value structs sorted by start), total coverage, and point queries.
@value
struct Interval:
    var lo: Int
    var hi: Int

    fn overlaps(self, o: Interval) -> Bool:
        return self.lo <= o.hi and o.lo <= self.hi


fn sort_by_start(mut xs: List[Interval]):
    for i in range(1, len(xs)):
        var cur = xs[i]
        var j = i - 1
        while j >= 0 and xs[j].lo > cur.lo:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = cur


fn merge(owned xs: List[Interval]) -> List[Interval]:
    sort_by_start(xs)
    var out = List[Interval]()
    for iv in xs:
        if len(out) > 0 and out[-1].overlaps(iv):
            var last = out.pop()
            out.append(Interval(last.lo, max(last.hi, iv.hi)))
        else:
            out.append(iv)
    return out


fn show(xs: List[Interval]) -> String:
    var s = String("")
    for iv in xs:
        s += "[" + String(iv.lo) + "," + String(iv.hi) + "] "
    return s


fn main():
    var xs = List[Interval](Interval(8, 10), Interval(1, 3), Interval(2, 6), Interval(15, 18), Interval(17, 20), Interval(6, 7))
    print(show(xs))
    var m = merge(xs)
    print(show(m))
    var covered = 0
    for iv in m:
        covered += iv.hi - iv.lo
    print("covered", covered, "pieces", len(m), "input still", len(xs))
    for p in List[Int](0, 3, 7, 11, 16, 20):
        var hit = False
        for iv in m:
            if iv.lo <= p <= iv.hi:
                hit = True
        print(p, hit)
    print(show(merge(List[Interval](Interval(5, 5)))), len(merge(List[Interval]())))
