# Bit-level integer algorithms: binary (Stein) gcd, integer log2, bit reversal, next power of two, parity.
fn binary_gcd(a0: Int, b0: Int) -> Int:
    var a = abs(a0)
    var b = abs(b0)
    if a == 0:
        return b
    if b == 0:
        return a
    var shift = 0
    while (a | b) & 1 == 0:
        a >>= 1
        b >>= 1
        shift += 1
    while a & 1 == 0:
        a >>= 1
    while b != 0:
        while b & 1 == 0:
            b >>= 1
        if a > b:
            var t = a
            a = b
            b = t
        b -= a
    return a << shift


fn ilog2(n: Int) -> Int:
    var r = -1
    var k = n
    while k > 0:
        k >>= 1
        r += 1
    return r


fn reverse_bits16(x: Int) -> Int:
    var r = 0
    for i in range(16):
        if (x >> i) & 1 == 1:
            r |= 1 << (15 - i)
    return r


fn next_pow2(n: Int) -> Int:
    var p = 1
    while p < n:
        p <<= 1
    return p


fn parity(x: Int) -> Int:
    var p = 0
    var k = x
    while k != 0:
        p ^= k & 1
        k >>= 1
    return p


fn main():
    print(binary_gcd(48, 180), binary_gcd(-17, 51), binary_gcd(0, 9), binary_gcd(1 << 20, 3 << 12), binary_gcd(1071, 462))
    print(ilog2(1), ilog2(2), ilog2(1000), ilog2(1 << 40), ilog2(0))
    print(reverse_bits16(1), reverse_bits16(0b1011), reverse_bits16(0xFFFF), reverse_bits16(0x1234))
    print(next_pow2(0), next_pow2(1), next_pow2(17), next_pow2(1024), next_pow2(1025))
    print(parity(7), parity(0b1001), parity(0), parity(255), parity(1 << 50 | 1))
