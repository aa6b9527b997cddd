# Bit manipulation on uint32 lanes: SWAR popcount, power-of-two tests, lowest set bit, byte swapping.
alias V = SIMD[DType.uint32, 8]


fn popcount(v: V) -> V:
    var x = v - ((v >> 1) & 0x55555555)
    x = (x & 0x33333333) + ((x >> 2) & 0x33333333)
    x = (x + (x >> 4)) & 0x0F0F0F0F
    return (x * 0x01010101) >> 24


fn is_pow2(v: V) -> SIMD[DType.bool, 8]:
    return (v != 0) & ((v & (v - 1)) == 0)


fn lowest_bit(v: V) -> V:
    return v & (~v + 1)


fn bswap(v: V) -> V:
    return ((v & 0xFF) << 24) | ((v & 0xFF00) << 8) | ((v >> 8) & 0xFF00) | (v >> 24)


fn main():
    var v = V(0, 1, 7, 8, 255, 1024, 0xFFFFFFFF, 0x80000001)
    print(popcount(v))
    print(is_pow2(v))
    print(lowest_bit(v))
    print(bswap(V(0x12345678, 1, 0xFF000000, 0, 0xA0B0C0D0, 256, 0x01020304, 7)))
    print(v ^ V(0xFFFFFFFF), (v << 4) >> 4)
    var gray = v ^ (v >> 1)
    print(gray)
    var total = popcount(v).reduce_add()
    print(total, Int(total) * 2)
