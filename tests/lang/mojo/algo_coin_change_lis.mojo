# Two DP classics on List[Int]: coin change (number of ways, fewest coins) and longest increasing subsequence.
fn ways(coins: List[Int], amount: Int) -> Int:
    var w = List[Int](1)
    for _ in range(amount):
        w.append(0)
    for c in coins:
        for a in range(c, amount + 1):
            w[a] += w[a - c]
    return w[amount]


fn fewest(coins: List[Int], amount: Int) -> Int:
    alias none = 1 << 40
    var best = List[Int](0)
    for _ in range(amount):
        best.append(none)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] < none else -1


fn lis(xs: List[Int]) -> Int:
    var tails = List[Int]()
    for x in xs:
        var lo = 0
        var hi = len(tails)
        while lo < hi:
            var mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)


fn main():
    var us = List[Int](1, 5, 10, 25)
    print(ways(us, 100), ways(us, 0), ways(List[Int](2), 3), ways(List[Int](1, 2, 3), 10))
    print(fewest(us, 63), fewest(List[Int](1, 3, 4), 6), fewest(List[Int](5, 10), 3), fewest(List[Int](7, 3), 20))
    print(lis(List[Int](10, 9, 2, 5, 3, 7, 101, 18)), lis(List[Int](0, 1, 0, 3, 2, 3)), lis(List[Int](7, 7, 7)), lis(List[Int]()))
    var seq = List[Int]()
    var x = 1
    for _ in range(200):
        x = (x * 75 + 74) % 65537
        seq.append(x % 1000)
    print(lis(seq))
