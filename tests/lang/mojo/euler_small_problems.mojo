# A handful of small Project-Euler-style computations in plain fn code (loops, Int arithmetic, Lists).
fn sum_multiples(limit: Int) -> Int:
    var s = 0
    for n in range(limit):
        if n % 3 == 0 or n % 5 == 0:
            s += n
    return s


fn even_fib_sum(limit: Int) -> Int:
    var a = 1
    var b = 2
    var s = 0
    while a <= limit:
        if a % 2 == 0:
            s += a
        var t = a + b
        a = b
        b = t
    return s


fn square_diff(n: Int) -> Int:
    var s = 0
    var sq = 0
    for i in range(1, n + 1):
        s += i
        sq += i * i
    return s * s - sq


fn pythagorean_product(total: Int) -> Int:
    for a in range(1, total):
        for b in range(a + 1, total - a):
            var c = total - a - b
            if a * a + b * b == c * c:
                return a * b * c
    return -1


fn lattice_paths(n: Int) -> Int:
    var row = List[Int]()
    for _ in range(n + 1):
        row.append(1)
    for _ in range(n):
        for j in range(1, n + 1):
            row[j] += row[j - 1]
    return row[n]


fn amicable_sum(limit: Int) -> Int:
    var d = List[Int]()
    for _ in range(limit):
        d.append(0)
    for i in range(1, limit):
        for j in range(2 * i, limit, i):
            d[j] += i
    var s = 0
    for a in range(2, limit):
        var b = d[a]
        if b != a and b < limit and d[b] == a:
            s += a
    return s


fn main():
    print(sum_multiples(10), sum_multiples(1000))
    print(even_fib_sum(4000000))
    print(square_diff(10), square_diff(100))
    print(pythagorean_product(12), pythagorean_product(1000))
    print(lattice_paths(2), lattice_paths(20))
    print(amicable_sum(10000))
