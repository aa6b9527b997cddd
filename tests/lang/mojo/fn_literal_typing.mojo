alias HUGE = (1 << 70) >> 10

fn scale(x: Float64) -> Float64:
    return 2 * x + 1

fn main():
    var f: Float64 = 1
    print(f, f + 2, 3 - f)
    print(scale(4))
    print(HUGE)
    var i = 10 // 4
    var g = 10 / 4
    print(i, g)
    var h: Float64 = 10 // 4
    print(h)
