# In-place List algorithms: reversal of ranges, rotation by k via three reversals, perfect riffle shuffle cycles.
fn reverse_range(mut xs: List[Int], lo: Int, hi: Int):
    var i = lo
    var j = hi - 1
    while i < j:
        var t = xs[i]
        xs[i] = xs[j]
        xs[j] = t
        i += 1
        j -= 1


fn rotate_left(mut xs: List[Int], k: Int):
    var n = len(xs)
    if n == 0:
        return
    var s = k % n
    reverse_range(xs, 0, s)
    reverse_range(xs, s, n)
    reverse_range(xs, 0, n)


fn riffle(xs: List[Int]) -> List[Int]:
    var half = len(xs) // 2
    var out = List[Int]()
    for i in range(half):
        out.append(xs[i])
        out.append(xs[half + i])
    return out


fn show(xs: List[Int]) -> String:
    var s = String("")
    for x in xs:
        s += String(x) + " "
    return s


fn main():
    var xs = List[Int]()
    for i in range(10):
        xs.append(i)
    rotate_left(xs, 3)
    print(show(xs))
    rotate_left(xs, -3)
    print(show(xs))
    rotate_left(xs, 23)
    print(show(xs))
    for n in List[Int](8, 10, 52):
        var deck = List[Int]()
        for i in range(n):
            deck.append(i)
        var cur = riffle(deck)
        var count = 1
        while show(cur) != show(deck):
            cur = riffle(cur)
            count += 1
        print("deck of", n, "returns after", count, "riffles")
