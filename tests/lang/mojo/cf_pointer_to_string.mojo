fn main():
    var p = UnsafePointer[String].alloc(2)
