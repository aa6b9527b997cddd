# parallelize over work items that each write their own slot of an UnsafePointer, then combining the results.
from algorithm import parallelize


fn main():
    alias n = 1000
    alias chunks = 8
    var partial = UnsafePointer[Int].alloc(chunks)
    var squares = UnsafePointer[Int].alloc(chunks)

    @parameter
    fn work(c: Int):
        var lo = c * n // chunks
        var hi = (c + 1) * n // chunks
        var s = 0
        var q = 0
        for i in range(lo, hi):
            s += i
            q += i * i
        partial[c] = s
        squares[c] = q

    parallelize[work](chunks)
    var total = 0
    var total_sq = 0
    for c in range(chunks):
        total += partial[c]
        total_sq += squares[c]
    print(total, total_sq, partial[0], partial[chunks - 1])
    print(total == n * (n - 1) // 2, total_sq == (n - 1) * n * (2 * n - 1) // 6)
    var hist = UnsafePointer[Int].alloc(10)
    for d in range(10):
        hist[d] = 0

    @parameter
    fn digits(d: Int):
        # each work item owns one slot: no two items write the same memory
        for i in range(500):
            if (i * 7919 + 13) % 10 == d:
                hist[d] += 1

    parallelize[digits](10)
    var line = String("")
    for d in range(10):
        line += String(hist[d]) + " "
    print(line)
    partial.free()
    squares.free()
    hist.free()
