fn main():
    var p = UnsafePointer[Int].alloc(4)
    p[3] = 1
    print(p[3])
    p[4] = 2
