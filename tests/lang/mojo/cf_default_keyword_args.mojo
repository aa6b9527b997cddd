fn area(w: Int, h: Int = 1) -> Int:
    return w * h


fn bad_default(x: Int = "one", y: Float64 = True, z: String = 3) -> Int:
    return x


fn not_literal(x: Int, y: Int = x) -> Int:
    return y


@fieldwise_init
struct Size:
    var w: Int
    var h: Int


fn main():
    print(area())
    print(area(2, w=3))
    print(area(2, depth=4))
    print(area(h=2))
    var s = Size(w=1, depth=2)
    var t = Size(w=1)
    print(String("x").upper(case=1))
