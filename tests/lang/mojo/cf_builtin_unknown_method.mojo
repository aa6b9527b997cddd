fn main():
    var x: Int = 5
    print(x.nothing())
    var f: Float64 = 2.5
    print(f.frobnicate())
    var ok = True
    print(ok.flip())
