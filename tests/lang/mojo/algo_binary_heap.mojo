# A binary min-heap in a List[Int]: push with sift-up, pop with sift-down, heapsort, and the k smallest values.
fn push(mut h: List[Int], x: Int):
    h.append(x)
    var i = len(h) - 1
    while i > 0:
        var parent = (i - 1) // 2
        if h[parent] <= h[i]:
            break
        var t = h[parent]
        h[parent] = h[i]
        h[i] = t
        i = parent


fn pop_min(mut h: List[Int]) raises -> Int:
    if len(h) == 0:
        raise Error("pop from an empty heap")
    var top = h[0]
    var last = h.pop()
    if len(h) > 0:
        h[0] = last
        var i = 0
        while True:
            var l = 2 * i + 1
            var r = l + 1
            var m = i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            var t = h[m]
            h[m] = h[i]
            h[i] = t
            i = m
    return top


fn main() raises:
    var h = List[Int]()
    var x = 42
    for _ in range(15):
        x = (x * 131 + 7) % 199
        push(h, x - 100)
    print("size", len(h), "min", h[0])
    var sorted = String("")
    var prev = -1000
    var ordered = True
    while len(h) > 0:
        var v = pop_min(h)
        if v < prev:
            ordered = False
        prev = v
        sorted += String(v) + " "
    print(sorted)
    print("ordered", ordered)
    for v in List[Int](5, 1, 4, 1, 3):
        push(h, v)
    print(pop_min(h), pop_min(h), pop_min(h), len(h))
    _ = pop_min(h)
    _ = pop_min(h)
    try:
        _ = pop_min(h)
    except e:
        print("error:", e)
