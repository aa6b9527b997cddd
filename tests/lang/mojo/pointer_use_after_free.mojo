fn main():
    var p = UnsafePointer[Int].alloc(4)
    p.free()
    print(p[0])
