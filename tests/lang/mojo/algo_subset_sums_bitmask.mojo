# Enumerating subsets with bitmasks over Int: subset sums hitting a target, Gray code order, popcounts.
fn popcount(x: Int) -> Int:
    var n = 0
    var v = x
    while v != 0:
        v &= v - 1
        n += 1
    return n


fn main():
    var items = List[Int](3, 34, 4, 12, 5, 2)
    var n = len(items)
    var target = 9
    var hits = 0
    var first = String("")
    for mask in range(1 << n):
        var s = 0
        for i in range(n):
            if (mask >> i) & 1 == 1:
                s += items[i]
        if s == target:
            hits += 1
            if len(first) == 0:
                for i in range(n):
                    if (mask >> i) & 1 == 1:
                        first += String(items[i]) + " "
    print("subsets summing to", target, ":", hits, "first:", first)
    var gray = String("")
    for i in range(8):
        var g = i ^ (i >> 1)
        gray += String(g) + " "
    print("gray:", gray)
    var by_size = List[Int](0, 0, 0, 0, 0, 0, 0)
    for mask in range(1 << n):
        by_size[popcount(mask)] += 1
    var line = String("")
    for c in by_size:
        line += String(c) + " "
    print("by size:", line)
    var one = 1
    print(popcount(-1), popcount(1 << 62), popcount(0xFFFF), (one << 63) < 0)
