from memory import memset_zero, memcpy

alias FloatPtr = UnsafePointer[Float32]

fn main():
    var n = 10
    var p = UnsafePointer[Float32].alloc(n)
    for i in range(n):
        p[i] = Float32(i) * 0.5
    print(p[3], p.load(4))
    var v = p.load[width=4](2)
    print(v)
    p.store(0, SIMD[DType.float32, 4](9))
    print(p.load[width=8](0))
    p[1] += 100
    print(p[1])
    var q = p + 5
    print(q[0], (q - 2)[0], q.offset(1)[0])
    var r = FloatPtr.alloc(n)
    memcpy(r, p, n)
    memset_zero(p, 5)
    print(p.load[width=8](0), r.load[width=8](0))
    var ints = UnsafePointer[Int].alloc(3)
    ints[0] = 7
    ints.init_pointee_copy(8)
    print(ints[0], ints.take_pointee())
    var null = UnsafePointer[Int]()
    if not null:
        print("null is false")
    if p:
        print("p is true")
    print(p == r, p == p, q == p + 5)
    p.free()
    r.free()
    ints.free()
