# Trial-division factorisation into parallel Lists, divisor counts and sums (wrapping for the largest), totient, radicals.
fn factor(n: Int, mut primes: List[Int], mut powers: List[Int]):
    var k = n
    var p = 2
    while p * p <= k:
        if k % p == 0:
            var e = 0
            while k % p == 0:
                k //= p
                e += 1
            primes.append(p)
            powers.append(e)
        p += 1 if p == 2 else 2
    if k > 1:
        primes.append(k)
        powers.append(1)


fn describe(n: Int) -> String:
    var ps = List[Int]()
    var es = List[Int]()
    factor(n, ps, es)
    var s = String(n) + " ="
    var ndiv = 1
    var sdiv = 1
    var phi = n
    var rad = 1
    for i in range(len(ps)):
        s += " " + String(ps[i])
        if es[i] > 1:
            s += "^" + String(es[i])
        ndiv *= es[i] + 1
        sdiv *= (ps[i] ** (es[i] + 1) - 1) // (ps[i] - 1)
        phi = phi // ps[i] * (ps[i] - 1)
        rad *= ps[i]
    return s + " | d=" + String(ndiv) + " sigma=" + String(sdiv) + " phi=" + String(phi) + " rad=" + String(rad)


fn main():
    for n in List[Int](2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 9223372036854775807):
        print(describe(n))
