# Dict[Int, Int] as a memo table for recursive counts (partitions, grid paths) and a Collatz length cache.
fn partitions(n: Int, max_part: Int, mut memo: Dict[Int, Int]) raises -> Int:
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    var key = n * 1000 + max_part
    if key in memo:
        return memo[key]
    var r = partitions(n - max_part, max_part, memo) + partitions(n, max_part - 1, memo)
    memo[key] = r
    return r


fn collatz_len(n: Int, mut cache: Dict[Int, Int]) raises -> Int:
    if n == 1:
        return 1
    if n in cache:
        return cache[n]
    var nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    var r = 1 + collatz_len(nxt, cache)
    cache[n] = r
    return r


fn main() raises:
    var memo = Dict[Int, Int]()
    var line = String("")
    for n in range(1, 16):
        line += String(partitions(n, n, memo)) + " "
    print(line)
    print(partitions(100, 100, memo), len(memo) > 1000)
    var cache = Dict[Int, Int]()
    var best = 0
    var arg = 0
    for n in range(1, 3000):
        var l = collatz_len(n, cache)
        if l > best:
            best = l
            arg = n
    print(arg, best, cache.get(27, 0), cache.get(-5, -1), 1 in cache)
