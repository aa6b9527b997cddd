# Bit manipulation algorithms on small and huge ints
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
vals = [0, 1, 255, 2 ** 64 - 1, 2 ** 100 + 2 ** 50 + 1, 12345678901234567890]
print([popcount(v) for v in vals], [v.bit_count() for v in vals])
def reverse_bits(n, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print(reverse_bits(1, 8), reverse_bits(0b1011, 4), reverse_bits(2 ** 63, 64), hex(reverse_bits(0x0123456789ABCDEF, 64)))
gray = [i ^ (i >> 1) for i in range(16)]
print(gray, [format(g, "04b") for g in gray[:6]])
def lowest_set(n):
    return n & -n
print([lowest_set(v) for v in [12, 40, 2 ** 70 + 2 ** 65, -8, 7]])
mask = (1 << 128) - 1
x = 0xDEADBEEF
for i in range(10):
    x = ((x << 13) ^ (x >> 7) ^ (x * 0x9E3779B97F4A7C15)) & mask
print(x, x.bit_length(), hex(x)[:20])
print(-1 & mask == mask, (-1 & 0xFF), (-256 & 0xFFFF), hex(-1 & (2 ** 100 - 1))[:10])
subsets = [[j for j in range(4) if m >> j & 1] for m in range(16)]
print(subsets)
print(sum([1 << i for i in range(0, 200, 10)]) % 1000000007, (1 << 200) - 1 == ~(-1 << 200))
