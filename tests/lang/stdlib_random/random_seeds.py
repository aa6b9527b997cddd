# The same seed gives CPython's stream: ints (their 32-bit words), floats (their hash),
# str/bytes (with their sha512 appended), version 1 string seeds.
import random

for s in [0, 1, 42, -7, 2**32, 2**32 - 1, 2**100 + 12345, 123456789012345678901234567890, True, False]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(5), random.getrandbits(70), random.randint(1, 100))
for s in [3.5, -2.5, 0.0, 1e300, float("inf"), "", "hello", "ünïcode ✓", b"bytes", bytearray(b"ba")]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(1000))
for s in ["abc", b"abc", 12345]:
    random.seed(s, version=1)
    print(repr(s), random.random())
for seed in range(50):
    random.seed(seed)
    print(seed, [random.randrange(10) for _ in range(12)], random.random())
