# Euclid's algorithm run on eight lane pairs at once: select keeps finished lanes, a mask decides when to stop.
alias V = SIMD[DType.int64, 8]


fn gcd_lanes(a: V, b: V) -> (V, Int):
    var x = a
    var y = b
    var rounds = 0
    while (y != 0).reduce_or():
        var active = y != 0
        var safe_y = active.select(y, V(1))
        var r = x % safe_y
        x = active.select(y, x)
        y = active.select(r, y)
        rounds += 1
    return x, rounds


fn main():
    var a = V(12, 100, 17, 0, 1071, 270, 1 << 40, 81)
    var b = V(18, 75, 5, 9, 462, 192, 1 << 20, 27)
    var r = gcd_lanes(a, b)
    print(r[0], r[1])
    var l = a // r[0] * b
    print(l)
    var fib_a = V(1, 2, 3, 5, 8, 13, 21, 34)
    var fib_b = V(1, 3, 5, 8, 13, 21, 34, 55)
    var f = gcd_lanes(fib_b, fib_a)
    print(f[0], f[1])
