# Modular exponentiation, Fermat and deterministic Miller-Rabin tests (moduli small enough not to overflow).
fn modpow(base: Int, exp: Int, m: Int) -> Int:
    var result = 1
    var b = base % m
    var e = exp
    while e > 0:
        if e & 1 == 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result


fn miller_rabin(n: Int) -> Bool:
    if n < 2:
        return False
    for p in List[Int](2, 3, 5, 7, 11, 13):
        if n % p == 0:
            return n == p
    var d = n - 1
    var r = 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in List[Int](2, 3, 5, 7, 11):
        var x = modpow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        var composite = True
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


fn main():
    print(modpow(2, 10, 1000), modpow(3, 200, 1000003), modpow(7, 0, 13), modpow(-2, 3, 5))
    var fermat_liars = 0
    for n in range(3, 3000, 2):
        if modpow(2, n - 1, n) == 1 and not miller_rabin(n):
            fermat_liars += 1
    print("base-2 pseudoprimes below 3000:", fermat_liars)
    var count = 0
    for n in range(100000):
        if miller_rabin(n):
            count += 1
    print("primes below 100000:", count)
    print(miller_rabin(561), miller_rabin(1000003), miller_rabin(999983), miller_rabin(1))
