# Three nested loops shaped like mandelbrot's: the innermost while loop leaves by either of
# two conditions, the middle loop branches on how it left, and each loop's trace calls the
# trace of the loop inside it. Exits of an inner trace that the outer one did not record
# leave both; exits that recur get side traces.


fn escape_time(cr: Float64, ci: Float64, limit: Int) -> Int:
    var zr = 0.0
    var zi = 0.0
    var i = 0
    while i < limit and zr * zr + zi * zi <= 4.0:
        var t = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        i += 1
    return i


fn grid(n: Int, limit: Int) -> List[Int]:
    var inside = 0
    var total = 0
    var rows = 0
    for y in range(n):
        var ci = 2.0 * Float64(y) / Float64(n) - 1.0
        var row = 0
        for x in range(n):
            var cr = 2.0 * Float64(x) / Float64(n) - 1.5
            var zr = 0.0
            var zi = 0.0
            var i = 0
            while i < limit and zr * zr + zi * zi <= 4.0:
                var t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i += 1
            if i == limit:
                inside += 1
                row = (row * 3 + 1) % 1000003
            else:
                total += i
                row = (row * 7 + i) % 1000003
        rows = (rows * 31 + row) % 1000003
    return [inside, total, rows]


fn main():
    var r = grid(60, 40)
    print(r[0], r[1], r[2])
    var s = grid(61, 25)
    print(s[0], s[1], s[2])
    var sum = 0
    for k in range(200):
        sum += escape_time(Float64(k) / 100.0 - 1.5, 0.25, 30)
    print(sum)
