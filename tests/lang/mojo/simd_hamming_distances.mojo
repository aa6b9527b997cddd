# Hamming distances between 64-bit fingerprints using SIMD[DType.uint64, 4] XOR and a SWAR popcount per lane.
alias V = SIMD[DType.uint64, 4]


fn popcount(v: V) -> V:
    var x = v - ((v >> 1) & 0x5555555555555555)
    x = (x & 0x3333333333333333) + ((x >> 2) & 0x3333333333333333)
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0F
    return (x * 0x0101010101010101) >> 56


fn fingerprint(seed: UInt64) -> UInt64:
    var x = seed * 0x9E3779B97F4A7C15
    x ^= x >> 29
    x *= 0xBF58476D1CE4E5B9
    x ^= x >> 32
    return x


fn main():
    var base = V(fingerprint(1), fingerprint(2), fingerprint(3), fingerprint(4))
    print(base)
    var probe = fingerprint(2)
    var d = popcount(base ^ V(probe))
    print("distances to fp(2):", d)
    var best = 0
    for i in range(1, 4):
        if d[i] < d[best]:
            best = i
    print("nearest:", best)
    var flipped = base ^ V(1, 3, 0xFF, 0xFFFFFFFFFFFFFFFF)
    print("after flips:", popcount(base ^ flipped))
    print("weights:", popcount(V(0, 1, 0x8000000000000000, 0xFFFFFFFFFFFFFFFF)))
