# Histogram of Int32 samples into buckets by comparing whole SIMD vectors against bucket bounds with masks.
alias W = 8
alias V = SIMD[DType.int32, W]


fn count_in(v: V, lo: Int32, hi: Int32) -> Int:
    var m = (v >= lo) & (v < hi)
    return Int(m.cast[DType.int32]().reduce_add())


fn main():
    alias n = 64
    var data = UnsafePointer[Int32].alloc(n)
    var x = 7
    for i in range(n):
        x = (x * 1103 + 17) % 1000
        data[i] = Int32(x)
    var bounds = List[Int](0, 100, 250, 500, 750, 1000)
    var counts = List[Int](0, 0, 0, 0, 0)
    for i in range(0, n, W):
        var v = data.load[width=W](i)
        for b in range(len(bounds) - 1):
            counts[b] += count_in(v, Int32(bounds[b]), Int32(bounds[b + 1]))
    var total = 0
    for b in range(len(counts)):
        var bar = String("")
        for _ in range(counts[b]):
            bar += "#"
        print("[" + String(bounds[b]) + ", " + String(bounds[b + 1]) + ")", counts[b], bar)
        total += counts[b]
    print("total", total, "first", data.load[width=4](0))
    data.free()
