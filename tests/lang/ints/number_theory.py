# Number theory with ints: gcd, lcm, primes, modular inverse, CRT
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(1071, 462), gcd(-12, 18), gcd(0, 0), lcm(4, 6), lcm(21, 6))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), egcd(17, 5))
def crt(rems, mods):
    x, m = 0, 1
    for r, n in zip(rems, mods):
        g, p, q = egcd(m, n)
        x = (x + (r - x) * p % n * m) % (m * n)
        m *= n
    return x
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]))
def is_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(100) if is_prime(n)])
print(is_prime(2 ** 61 - 1), is_prime(2 ** 61 + 1), is_prime(10 ** 18 + 9), is_prime(2 ** 127 - 1))
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factor(360), factor(97), factor(2 ** 20 * 3 ** 5), factor(600851475143))
print(pow(3, -1, 11), [pow(a, -1, 13) for a in range(1, 13)])
