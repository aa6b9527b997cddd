# Binary search (found / insertion point) over a sorted List[Int].
fn lower_bound(items: List[Int], target: Int) -> Int:
    var lo = 0
    var hi = len(items)
    while lo < hi:
        var mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


fn search(items: List[Int], target: Int) -> Optional[Int]:
    var at = lower_bound(items, target)
    if at < len(items) and items[at] == target:
        return at
    return None


fn main():
    var squares = List[Int]()
    for i in range(20):
        squares.append(i * i - 50)
    var probes = List[Int](-50, -49, 0, -1, 14, 311, 312, 1000, -100)
    for p in probes:
        var r = search(squares, p)
        if r:
            print(p, "found at", r.value())
        else:
            print(p, "missing, would go at", lower_bound(squares, p))
    var steps = 0
    var lo = 0
    var hi = 1 << 20
    var secret = 777777
    while lo < hi:
        var mid = (lo + hi) // 2
        steps += 1
        if mid < secret:
            lo = mid + 1
        else:
            hi = mid
    print("guessed", lo, "in", steps, "steps")
