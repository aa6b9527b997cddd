# Typed arithmetic, comparisons and List access in the shapes that run as fused pairs of
# instructions (vm/typed_fusion.h): their results must be those of the single instructions.


fn float_chains(n: Int) -> Float64:
    var acc = 0.0
    var x = 1.5
    for i in range(1, n):
        var f = Float64(i)
        acc = acc + x + f
        acc = acc + x - f
        acc = acc + x * f
        acc = acc + x / f
        acc = acc - x + f * 0.5
        acc = (acc - x) * 0.75 + f
        acc = acc * x / f - f / x
        acc = acc / x * 0.5 + (f - x) / (f + x)
        acc = acc / (x + f) - acc / (x * f) + acc
    return acc


fn escape_steps(cr: Float64, ci: Float64) -> Int:
    var zr = 0.0
    var zi = 0.0
    var tr = 0.0
    var ti = 0.0
    var i = 0
    while i < 50 and tr + ti <= 4.0:
        zi = 2.0 * zr * zi + ci
        zr = tr - ti + cr
        tr = zr * zr
        ti = zi * zi
        i += 1
    if tr - ti < -1.0:
        i += 1000
    if tr + ti > 2.0:
        i += 2000
    if tr - ti >= 0.5:
        i += 4000
    return i


fn int_chains(n: Int) -> Int:
    var h = 7
    for i in range(n):
        h = h * 6364136223846793005 + 1442695040888963407
        h = h - i * 3 + (h - i) * 5
        h = (h + i) * (i - 7) - (h * 31 - i)
        var s = i + h % 1000
        h += s * (s + 1) // 2 + i + 1
        h = h - 3 - i
    return h


fn int_jumps(n: Int) -> Int:
    var count = 0
    var i = 0
    while i + 2 < n:
        i += 1
        if i - 3 == 0:
            count += 100
        if i + 1 != 5:
            count += 1
        if i - 10 > 0:
            count += 10
        if i + 4 >= 12:
            count += 1000
        if i - 2 <= 1:
            count += 10000
    return count


fn ratios(n: Int) -> Float64:
    var total = 0.0
    for i in range(n):
        total += 1.0 / Float64(i * (i + 1) // 2 + i + 1)
        total += Float64(i + 3) * 0.25
    return total


fn list_work(n: Int) -> Int:
    var a = List[Int]()
    var v = List[Float64]()
    for i in range(n):
        a.append((i * 7) % n)
        v.append(Float64(i) * 0.5)
    # reverse prefixes, as fannkuch does
    var flips = 0
    var first = a[0] + 3
    while first != 0:
        var lo = 0
        var hi = first
        while lo < hi:
            var t = a[lo]
            a[lo] = a[hi]
            a[hi] = t
            lo += 1
            hi -= 1
        flips += 1
        first = a[0]
    var dot = 0.0
    for i in range(n - 1):
        dot += v[i] * v[i + 1] - v[i]
        v[i] = dot + v[i]
        a[i] = a[i + 1] + a[i]
    var checksum = flips
    for i in range(n):
        checksum = checksum * 31 + a[i] + Int(v[i])
    return checksum


fn main():
    print(float_chains(40))
    var steps = 0
    for y in range(-10, 11):
        for x in range(-20, 11):
            steps += escape_steps(Float64(x) / 10.0, Float64(y) / 10.0)
    print(steps)
    print(int_chains(1000))
    print(int_jumps(20))
    print(ratios(500))
    print(list_work(23))
