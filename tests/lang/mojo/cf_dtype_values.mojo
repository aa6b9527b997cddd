from collections import Set

fn main():
    var d = DType.float32
    print(d < DType.int8)
    print(d.is_nan())
    print(d.sizeof(1))
    var n = Int(d)
    var s: SIMD[DType.invalid, 1] = 0
    print(DType.int8 > DType.int16)
    var seen = Set[DType]()
    print(seen)
