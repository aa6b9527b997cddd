# StringLiteral.get[value](): the text String(value) gives, made at compile time.
fn fib(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


fn main():
    print(StringLiteral.get["hello"]())
    print(StringLiteral.get[String("hi")]())
    print(StringLiteral.get[42]())
    print(StringLiteral.get[-7 * 6]())
    print(StringLiteral.get[2.5]())
    print(StringLiteral.get[True]())
    print(StringLiteral.get[SIMD[DType.int64, 4](1, 2, 3, 4)]())
    print(StringLiteral.get[SIMD[DType.float64, 2](0.5)]())
    print(StringLiteral.get[SIMD[DType.uint8, 1](255)]())
    alias N = 10
    var s = StringLiteral.get[N * N]()
    print(s + "!", len(s))
    print(StringLiteral.get[fib(10)]())
