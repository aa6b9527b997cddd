# Fisher-Yates shuffling with a 64-bit xorshift generator, then quickselect for order statistics.
fn xorshift(mut s: Int) -> Int:
    s ^= s << 13
    s ^= (s >> 7) & 0x1FFFFFFFFFFFFFF
    s ^= s << 17
    return s


fn shuffle(mut xs: List[Int], mut seed: Int):
    var i = len(xs) - 1
    while i > 0:
        var r = xorshift(seed)
        var j = (r & 0x7FFFFFFFFFFFFFFF) % (i + 1)
        var t = xs[i]
        xs[i] = xs[j]
        xs[j] = t
        i -= 1


fn select(owned xs: List[Int], k: Int) -> Int:
    var lo = 0
    var hi = len(xs) - 1
    while lo < hi:
        var pivot = xs[(lo + hi) // 2]
        var i = lo
        var j = hi
        while i <= j:
            while xs[i] < pivot:
                i += 1
            while xs[j] > pivot:
                j -= 1
            if i <= j:
                var t = xs[i]
                xs[i] = xs[j]
                xs[j] = t
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            return xs[k]
    return xs[lo]


fn main():
    var xs = List[Int]()
    for i in range(20):
        xs.append(i * 3)
    var seed = 88172645463325252
    shuffle(xs, seed)
    var line = String("")
    for x in xs:
        line += String(x) + " "
    print(line)
    print(select(xs, 0), select(xs, 9), select(xs, 10), select(xs, 19))
    var total = 0
    for x in xs:
        total += x
    print("sum unchanged:", total == 3 * 190, "seed now", seed)
