# Hash-map algorithms with Dict[Int, Int]: two-sum indices, counting pairs with a difference, longest run.
fn two_sum(xs: List[Int], target: Int) raises -> (Int, Int):
    var seen = Dict[Int, Int]()
    for i in range(len(xs)):
        var need = target - xs[i]
        if need in seen:
            return seen[need], i
        seen[xs[i]] = i
    return -1, -1


fn pairs_with_diff(xs: List[Int], k: Int) raises -> Int:
    var counts = Dict[Int, Int]()
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    var n = 0
    for x in counts:
        if k == 0:
            if counts[x] > 1:
                n += 1
        elif x + k in counts:
            n += 1
    return n


fn longest_consecutive(xs: List[Int]) raises -> Int:
    var present = Dict[Int, Bool]()
    for x in xs:
        present[x] = True
    var best = 0
    for x in present:
        if x - 1 not in present:
            var length = 1
            while x + length in present:
                length += 1
            best = max(best, length)
    return best


fn main() raises:
    var xs = List[Int](2, 7, 11, 15, -3, 4, 8)
    for t in List[Int](9, 26, 1, 12, 100):
        var r = two_sum(xs, t)
        print(t, r[0], r[1])
    var ys = List[Int](1, 5, 3, 4, 2, 5, 9, 1)
    print(pairs_with_diff(ys, 2), pairs_with_diff(ys, 0), pairs_with_diff(ys, 4))
    print(longest_consecutive(List[Int](100, 4, 200, 1, 3, 2)), longest_consecutive(List[Int](0, 3, 7, 2, 5, 8, 4, 6, 0, 1)), longest_consecutive(List[Int](-1, -2, 10)))
