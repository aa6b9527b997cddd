# Decimal conversion limit (-X int_max_str_digits=4300 is used by the harness)
import sys
ok = 10 ** 4299
print(len(str(ok)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), len(bin(2 ** 20000)))
print(int("1" * 4300) % 97)
big = 2 ** 20000
print(big.bit_length(), big % 1000)
print(sys.maxsize)
print(sys.maxsize + 1, -sys.maxsize - 1)
