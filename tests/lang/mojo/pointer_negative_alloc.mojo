fn main():
    var p = UnsafePointer[Int].alloc(-1)
