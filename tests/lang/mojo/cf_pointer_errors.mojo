struct Holder:
    var name: String
    fn __init__(out self):
        self.name = ""

fn main():
    var p = UnsafePointer[String].alloc(1)
    var q = UnsafePointer[Holder].alloc(1)
    var r = UnsafePointer[Int].alloc(2)
    r.store(0, SIMD[DType.int64, 2](1))
    var f = UnsafePointer[Float32].alloc(2)
    f.store(0, SIMD[DType.float64, 2](1))
    print(r)
    var s = String(r)
    print(r.load[width=3](0))
    print(r.nothing())
    print(UnsafePointer[Int].calloc(3))
