# Number curiosities: primitive Pythagorean triples (Euclid), Goldbach partitions, digit-factorial numbers.
fn gcd(a: Int, b: Int) -> Int:
    var x = a
    var y = b
    while y != 0:
        var t = x % y
        x = y
        y = t
    return x


fn is_prime(n: Int) -> Bool:
    if n < 2:
        return False
    var d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


fn main():
    var triples = String("")
    var count = 0
    for m in range(2, 8):
        for n in range(1, m):
            if (m - n) % 2 == 1 and gcd(m, n) == 1:
                var a = m * m - n * n
                var b = 2 * m * n
                var c = m * m + n * n
                count += 1
                if c < 40:
                    triples += "(" + String(min(a, b)) + "," + String(max(a, b)) + "," + String(c) + ") "
    print(count, triples)
    var line = String("")
    for even in range(4, 41, 6):
        var ways = 0
        for p in range(2, even // 2 + 1):
            if is_prime(p) and is_prime(even - p):
                ways += 1
        line += String(even) + ":" + String(ways) + " "
    print("goldbach", line)
    var facts = List[Int](1)
    for d in range(1, 10):
        facts.append(facts[d - 1] * d)
    var curious = String("")
    for n in range(10, 100000):
        var s = 0
        var k = n
        while k > 0:
            s += facts[k % 10]
            k //= 10
        if s == n:
            curious += String(n) + " "
    print("digit factorials", curious)
