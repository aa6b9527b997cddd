# Sieve of Eratosthenes over a List[Bool], then prime gaps and twin primes.
fn sieve(limit: Int) -> List[Bool]:
    var is_prime = List[Bool]()
    for i in range(limit + 1):
        is_prime.append(i >= 2)
    var p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return is_prime


fn main():
    alias limit = 200
    var flags = sieve(limit)
    var primes = List[Int]()
    for i in range(len(flags)):
        if flags[i]:
            primes.append(i)
    print("count", len(primes), "last", primes[-1])
    var line = String("")
    for i in range(10):
        line += String(primes[i]) + " "
    print(line)
    var widest = 0
    var at = 0
    var twins = 0
    for i in range(1, len(primes)):
        var gap = primes[i] - primes[i - 1]
        if gap > widest:
            widest = gap
            at = primes[i - 1]
        if gap == 2:
            twins += 1
    print("widest gap", widest, "after", at, "twin pairs", twins)
    var total = 0
    for p in primes:
        total += p
    print("sum", total, 97 in primes, 91 in primes)
