# Non-comparison sorts on List[Int]: counting sort with negative offsets, LSD radix sort base 10, pancake sort flips.
fn counting_sort(xs: List[Int]) -> List[Int]:
    var lo = xs[0]
    var hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    var counts = List[Int]()
    for _ in range(hi - lo + 1):
        counts.append(0)
    for x in xs:
        counts[x - lo] += 1
    var out = List[Int]()
    for v in range(len(counts)):
        for _ in range(counts[v]):
            out.append(v + lo)
    return out


fn radix_sort(xs: List[Int]) -> List[Int]:
    var cur = xs.copy()
    var exp = 1
    var biggest = 0
    for x in xs:
        biggest = max(biggest, x)
    while biggest // exp > 0:
        var buckets = List[List[Int]]()
        for _ in range(10):
            buckets.append(List[Int]())
        for x in cur:
            buckets[(x // exp) % 10].append(x)
        var nxt = List[Int]()
        for b in buckets:
            for x in b:
                nxt.append(x)
        cur = nxt
        exp *= 10
    return cur


fn flip(mut xs: List[Int], k: Int):
    var i = 0
    var j = k
    while i < j:
        var t = xs[i]
        xs[i] = xs[j]
        xs[j] = t
        i += 1
        j -= 1


fn pancake_sort(mut xs: List[Int]) -> Int:
    var flips = 0
    for size in range(len(xs), 1, -1):
        var m = 0
        for i in range(size):
            if xs[i] > xs[m]:
                m = i
        if m != size - 1:
            if m != 0:
                flip(xs, m)
                flips += 1
            flip(xs, size - 1)
            flips += 1
    return flips


fn show(xs: List[Int]) -> String:
    var s = String("")
    for x in xs:
        s += String(x) + " "
    return s


fn main():
    var data = List[Int](170, 45, 75, -90, 802, 24, 2, 66, -5, 45)
    print(show(counting_sort(data)))
    var positives = List[Int](170, 45, 75, 90, 802, 24, 2, 66, 5, 45)
    print(show(radix_sort(positives)))
    var p = List[Int](3, 6, 1, 10, 2, 7, 4, 9, 5, 8)
    var flips = pancake_sort(p)
    print(show(p), "flips", flips)
    print(show(data))
