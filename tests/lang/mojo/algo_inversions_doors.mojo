# Counting inversions with a merge-sort pass, plus the "100 doors" toggling puzzle on a List[Bool].
fn sort_count(items: List[Int], lo: Int, hi: Int, mut buf: List[Int], mut work: List[Int]) -> Int:
    if hi - lo <= 1:
        return 0
    var mid = (lo + hi) // 2
    var inv = sort_count(items, lo, mid, buf, work) + sort_count(items, mid, hi, buf, work)
    var i = lo
    var j = mid
    var k = lo
    while i < mid and j < hi:
        if work[i] <= work[j]:
            buf[k] = work[i]
            i += 1
        else:
            buf[k] = work[j]
            inv += mid - i
            j += 1
        k += 1
    while i < mid:
        buf[k] = work[i]
        i += 1
        k += 1
    while j < hi:
        buf[k] = work[j]
        j += 1
        k += 1
    for t in range(lo, hi):
        work[t] = buf[t]
    return inv


fn inversions(items: List[Int]) -> Int:
    var work = items.copy()
    var buf = items.copy()
    return sort_count(items, 0, len(items), buf, work)


fn brute(items: List[Int]) -> Int:
    var n = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i] > items[j]:
                n += 1
    return n


fn main():
    var data = List[Int]()
    var x = 3
    for _ in range(200):
        x = (x * 57 + 13) % 1009
        data.append(x)
    print(inversions(data), brute(data))
    print(inversions(List[Int](5, 4, 3, 2, 1)), inversions(List[Int](1, 2, 3)), inversions(List[Int](2, 1, 2, 1)))
    var doors = List[Bool]()
    for _ in range(101):
        doors.append(False)
    for step in range(1, 101):
        for d in range(step, 101, step):
            doors[d] = not doors[d]
    var open_doors = String("")
    for d in range(1, 101):
        if doors[d]:
            open_doors += String(d) + " "
    print(open_doors)
