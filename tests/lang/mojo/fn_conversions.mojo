fn main():
    print(Int(3.9), Int(-3.9), Int(True), Int(False))
    var n = 7
    print(Float64(n) / 2, Float64(True))
    print(Bool(0), Bool(5), Bool(0.0), Bool(-0.5), Bool(""), Bool("x"))
    var f: Float64 = 1e18
    print(Int(f))
