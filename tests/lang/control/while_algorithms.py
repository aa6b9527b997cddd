# Classic while-loop algorithms
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2**64, 2**40 * 3))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print([isqrt(n) for n in [0, 1, 2, 15, 16, 17, 10**20, 10**41]])
def bsearch(a, t):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
arr = [1, 3, 5, 7, 9, 11]
print([bsearch(arr, t) for t in [0, 1, 4, 11, 12]])
def digits(n):
    out = []
    while n:
        n, r = divmod(n, 10)
        out.append(r)
    return out[::-1] or [0]
print(digits(0), digits(907), digits(2**70))
def to_base(n, b):
    s = ""
    while n:
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[n % b] + s
        n //= b
    return s or "0"
print(to_base(255, 2), to_base(255, 16), to_base(10**10, 36), to_base(0, 7))
