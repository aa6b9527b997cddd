# Small straight-line fns are compiled in place of their calls; they must behave exactly
# like calls: their own scope, arguments evaluated once, `owned` parameters copied.
alias K = 10

fn affine(x: Int, y: Int) -> Int:
    var s = x * K
    s += y
    return s

fn bump(var x: Int) -> Int:
    x += 1
    return x

fn noisy(x: Int) -> Int:
    print("noisy", x)
    return x

fn twice_noisy(x: Int) -> Int:
    var y = noisy(x)
    return y * 2

fn half(x: Int, d: Int) -> Int:
    return x // d

fn ratio(a: Float64, b: Float64) -> Float64:
    return a / b

fn both(a: Bool, b: Bool) -> Bool:
    return a and not b

fn main():
    var s = 3
    var K = 7
    print(affine(s, K), s, K)
    var n = 5
    print(bump(n), n, bump(bump(n)))
    print(affine(noisy(1), noisy(2)))
    print(twice_noisy(4))
    print(ratio(1.0, 4.0), both(True, False), both(True, True))
    var total = 0
    for i in range(1, 4):
        total += half(100, i)
    print(total)
    print(half(1, 0))
