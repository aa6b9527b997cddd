# Sorting UnsafePointer buffers in place: bubble sort with early exit on Float64, shell sort on Int32, swap counts.
fn bubble(p: UnsafePointer[Float64], n: Int) -> Int:
    var passes = 0
    var end = n
    var swapped = True
    while swapped:
        swapped = False
        passes += 1
        for i in range(1, end):
            if p[i - 1] > p[i]:
                var t = p[i]
                p[i] = p[i - 1]
                p[i - 1] = t
                swapped = True
        end -= 1
    return passes


fn shell(p: UnsafePointer[Int32], n: Int) -> Int:
    var gap = n // 2
    var moves = 0
    while gap > 0:
        for i in range(gap, n):
            var t = p[i]
            var j = i
            while j >= gap and p[j - gap] > t:
                p[j] = p[j - gap]
                j -= gap
                moves += 1
            p[j] = t
        gap //= 2
    return moves


fn main():
    alias n = 12
    var f = UnsafePointer[Float64].alloc(n)
    var g = UnsafePointer[Int32].alloc(n)
    for i in range(n):
        f[i] = Float64((i * 7) % 12) / 4 - 1
        g[i] = Int32((i * 5 + 3) % 13 - 6)
    print(f.load[width=4](0), g.load[width=4](0))
    print("passes", bubble(f, n), "moves", shell(g, n))
    print(f.load[width=8](0), f.load[width=4](8))
    print(g.load[width=8](0), g.load[width=4](8))
    print("sorted twice:", bubble(f, n))
    f.free()
    g.free()
