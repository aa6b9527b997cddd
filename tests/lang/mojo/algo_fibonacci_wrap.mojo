# Fibonacci numbers in Int: exact up to F(92), then 64-bit wrapping; also Fibonacci mod m.
fn fib(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        var t = a + b
        a = b
        b = t
    return a


fn fib_mod(n: Int, m: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        var t = (a + b) % m
        a = b
        b = t
    return a


fn pisano(m: Int) -> Int:
    var a = 0
    var b = 1
    var i = 0
    while i == 0 or not (a == 0 and b == 1):
        var t = (a + b) % m
        a = b
        b = t
        i += 1
    return i


fn main():
    print(fib(10), fib(50), fib(90))
    print(fib(92), fib(93), fib(100))
    print(fib(93) < 0, fib(92) > 0)
    print(fib_mod(1000, 1000000007), fib_mod(100, 10))
    print(pisano(2), pisano(3), pisano(10), pisano(1000))
