fn main():
    var a: Float64 = 0.1
    var b: Float64 = 0.2
    print(a + b)
    print(a * 3.0, 1.0 / 3.0, -2.5 * 4.0)
    print(1e16, 1.5e-7, 123456789.125)
    var c: Float64 = 7
    print(c / 2, c - 0.5)
    var d = 2.0
    d *= d
    d /= 8.0
    print(d)
