# Collatz sequences: lengths, the longest start below a bound, and peak values.
fn collatz_steps(start: Int) -> Int:
    var n = start
    var steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


fn collatz_peak(start: Int) -> Int:
    var n = start
    var peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
    return peak


fn main():
    var line = String("")
    var n = 6
    while n != 1:
        line += String(n) + " -> "
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    print(line + "1")
    for s in List[Int](1, 7, 27, 97, 871):
        print(s, collatz_steps(s), collatz_peak(s))
    var best = 1
    var best_steps = 0
    for s in range(1, 10000):
        var k = collatz_steps(s)
        if k > best_steps:
            best = s
            best_steps = k
    print("longest below 10000:", best, best_steps)
