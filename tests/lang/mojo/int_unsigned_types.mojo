# Unsigned and sized integer scalars: UInt wrap-around, UInt64 above Int's range, casts between widths.
fn collatz_u64(start: UInt64) -> Int:
    var n = start
    var steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


fn main():
    var u: UInt = 3
    print(u - 5, u * 2, u // 2, u % 2)
    var big = UInt64(18446744073709551615)
    print(big, big + 1, big // 3, big >> 60)
    var h = UInt64(14695981039346656037)
    for c in List[Int](104, 105):
        h = (h ^ UInt64(c)) * 1099511628211
    print(h)
    var i8 = Int8(-128)
    print(i8.cast[DType.uint8](), Int8(100).cast[DType.int16]() * 3, UInt8(200).cast[DType.int8]())
    var i32 = Int32(-1)
    print(i32.cast[DType.uint32](), i32.cast[DType.int64](), UInt32(4000000000).cast[DType.int32]())
    print(collatz_u64(27), collatz_u64(UInt64(9780657630)))
    print(Int(UInt8(255)) + 1, UInt16(65535) + UInt16(1), Int16(300) * Int16(300))
