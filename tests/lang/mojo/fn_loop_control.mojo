# Loop control in fn code: nested break/continue, early returns from inside loops, while with complex exits.
fn first_pair_with_sum(xs: List[Int], target: Int) -> (Int, Int):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return -1, -1


fn count_until_repeat(seed: Int) -> Int:
    var seen = List[Int]()
    var x = seed
    while True:
        if x in seen:
            break
        seen.append(x)
        x = (x * x + 1) % 97
    return len(seen)


fn skip_multiples(limit: Int) -> String:
    var out = String("")
    for n in range(1, limit):
        if n % 3 == 0:
            continue
        if n % 7 == 0:
            continue
        if n > 20:
            break
        out += String(n) + " "
    return out


fn main():
    var xs = List[Int](3, 9, -4, 12, 5, 7)
    for t in List[Int](12, 8, 100, 1):
        var r = first_pair_with_sum(xs, t)
        print(t, r[0], r[1])
    print(count_until_repeat(2), count_until_repeat(10), count_until_repeat(0))
    print(skip_multiples(50))
    var outer = 0
    var inner_total = 0
    while outer < 10:
        outer += 1
        if outer % 2 == 0:
            continue
        var k = 0
        while True:
            k += 1
            if k * outer > 12:
                break
            inner_total += k
    print(outer, inner_total)
