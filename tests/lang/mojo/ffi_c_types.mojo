# The C types of sys.ffi name Mojo's own types (c_char is Int8, c_int Int32, ...).
from sys import sizeof
from sys.ffi import c_char, c_int, c_double, c_size_t as size


fn main():
    var a: c_char = 65
    var b: c_int = -7
    var p = UnsafePointer[c_char].alloc(2)
    p[0] = a
    p[1] = 0
    print(a, b, p[0], p[1])
    p.free()
    var d: c_double = 2.5
    var n: size = 3
    print(d * 2, n, sizeof[c_int](), sizeof[c_char]())
