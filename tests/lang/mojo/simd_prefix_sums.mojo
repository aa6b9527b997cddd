# Inclusive prefix sums: scalar, then SIMD blocks of 8 with an in-register scan using rotations and masks.
alias W = 8


fn scan8(v: SIMD[DType.int64, W]) -> SIMD[DType.int64, W]:
    var lanes = SIMD[DType.int64, W](0, 1, 2, 3, 4, 5, 6, 7)
    var x = v
    x += (lanes >= 1).select(x.rotate_right[1](), 0)
    x += (lanes >= 2).select(x.rotate_right[2](), 0)
    x += (lanes >= 4).select(x.rotate_right[4](), 0)
    return x


fn main():
    alias n = 20
    var data = UnsafePointer[Int64].alloc(n)
    var out = UnsafePointer[Int64].alloc(n)
    for i in range(n):
        data[i] = Int64((i * 7) % 11 - 3)
    var running = Int64(0)
    var i = 0
    while i + W <= n:
        var block = scan8(data.load[width=W](i)) + running
        out.store(i, block)
        running = block[W - 1]
        i += W
    while i < n:
        running += data[i]
        out[i] = running
        i += 1
    print(data.load[width=W](0))
    print(out.load[width=W](0))
    print(out.load[width=W](8), out.load[width=4](16))
    var check = Int64(0)
    var ok = True
    for j in range(n):
        check += data[j]
        if out[j] != check:
            ok = False
    print("matches scalar:", ok, "total", out[n - 1])
    print(scan8(SIMD[DType.int64, W](1)))
    data.free()
    out.free()
