# fns called in alias values run at compile time; each alias is printed next to the
# same call made at run time.
fn add_literal(owned original: StringLiteral, add: StringLiteral, n: Int) -> StringLiteral:
    for _ in range(n):
        original += add
    return original


fn fib(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        var t = a + b
        a = b
        b = t
    return a


fn collatz_steps(start: Int) -> Int:
    var n = start
    var steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


fn fact(n: Int) -> Int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


fn wraps() -> Int:
    var x = 9223372036854775807
    x += 1
    return x


fn mean(a: Float64, b: Float64) -> Float64:
    return (a + b) / 2


fn first_square_over(limit: Int) -> Int:
    var i = 0
    while True:
        i += 1
        if i * i <= limit:
            continue
        break
    return i * i


fn greet(name: String, excited: Bool = False) -> String:
    alias hello = "Hello, "
    if excited:
        return hello + name + "!"
    return hello + name


fn main():
    alias original = "mojo"
    alias concat = add_literal(original, "!", 4)
    print(concat, add_literal(original, "!", 4))
    alias f30 = fib(30)
    print(f30, fib(30))
    alias c27 = collatz_steps(27)
    print(c27, collatz_steps(27))
    alias f20 = fact(20)
    print(f20, fact(20))
    alias w = wraps()
    print(w, wraps())
    alias m = mean(1, 2)
    print(m, mean(1, 2))
    alias sq = first_square_over(50)
    print(sq, first_square_over(50))
    alias g1 = greet("Ember")
    alias g2 = greet("Mojo", excited=True)
    print(g1, g2)
    alias nested = fib(fact(3)) + 1
    print(nested)
    alias width = fib(4) + 1
    var v = SIMD[DType.int32, width](1)
    print(v)
