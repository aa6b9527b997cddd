# The exact integer functions: factorial, comb, perm, gcd, lcm, isqrt.
import math

print([math.factorial(n) for n in range(13)])
print(math.factorial(30), math.factorial(True), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.comb(10**20, 2), math.comb(2**70, 3) % 1000003)
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(6, None))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0))
print(math.gcd(2**100, 6**50), math.gcd(-4, 6), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.lcm(2**64, 3**40))
print([math.isqrt(n) for n in range(20)])
print(math.isqrt(10**40), math.isqrt(10**40 - 1), math.isqrt(2**127), math.isqrt(True))
for n in (0, 1, 99, 10**15, 2**62):
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
big = 123456789 ** 7
print(math.gcd(big, big * 3 + 123456789), math.lcm(big, 10))
