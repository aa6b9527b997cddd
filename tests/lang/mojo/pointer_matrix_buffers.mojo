# Row-major Int64 matrices in UnsafePointer buffers: transpose, row sums with SIMD loads, memcpy'd copies.
from memory import memcpy, memset_zero


fn show(p: UnsafePointer[Int64], rows: Int, cols: Int):
    for r in range(rows):
        var line = String("")
        for c in range(cols):
            line += String(p[r * cols + c]) + " "
        print(line)


fn transpose(src: UnsafePointer[Int64], dst: UnsafePointer[Int64], rows: Int, cols: Int):
    for r in range(rows):
        for c in range(cols):
            dst[c * rows + r] = src[r * cols + c]


fn main():
    alias R = 3
    alias C = 4
    var m = UnsafePointer[Int64].alloc(R * C)
    for i in range(R * C):
        m[i] = Int64(i * i - 10)
    show(m, R, C)
    var t = UnsafePointer[Int64].alloc(R * C)
    transpose(m, t, R, C)
    show(t, C, R)
    for r in range(R):
        print("row", r, m.load[width=C](r * C).reduce_add())
    var backup = UnsafePointer[Int64].alloc(R * C)
    memcpy(backup, m, R * C)
    memset_zero(m + C, C)
    (m + 2 * C).store(0, m.load[width=4](2 * C) * 2)
    show(m, R, C)
    print(backup[5], backup.load[width=4](4), (backup + 8)[3])
    m.free()
    t.free()
    backup.free()
