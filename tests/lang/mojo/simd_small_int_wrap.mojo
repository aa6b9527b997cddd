# Fixed-width integer SIMD types wrap on overflow: UInt8 checksums, Int8 saturation by hand, Int16 products.
fn checksum(data: SIMD[DType.uint8, 8]) -> UInt8:
    var acc = UInt8(0)
    for i in range(8):
        acc = acc * 31 + data[i]
    return acc


fn saturating_add(a: SIMD[DType.int8, 4], b: SIMD[DType.int8, 4]) -> SIMD[DType.int8, 4]:
    var wide = a.cast[DType.int16]() + b.cast[DType.int16]()
    return wide.clamp(-128, 127).cast[DType.int8]()


fn main():
    var bytes = SIMD[DType.uint8, 8](200, 100, 50, 25, 255, 1, 0, 128)
    print(bytes + bytes, bytes * 3)
    print(bytes.reduce_add(), bytes.cast[DType.int32]().reduce_add())
    print(checksum(bytes))
    var a = SIMD[DType.int8, 4](100, -100, 127, -128)
    var b = SIMD[DType.int8, 4](100, -100, 1, -1)
    print(a + b, saturating_add(a, b))
    var h = SIMD[DType.int16, 4](300, -300, 181, 182)
    print(h * h)
    var u = UInt16(65535)
    u += 2
    var i32 = Int32(2147483647)
    i32 += 1
    print(u, i32, UInt32(0) - 1, Int64(-9223372036854775807) - 2)
