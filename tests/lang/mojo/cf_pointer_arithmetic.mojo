fn main():
    var p = UnsafePointer[Int].alloc(2)
    var q = p * 2
    var r = p + 1.5
    p.free()
