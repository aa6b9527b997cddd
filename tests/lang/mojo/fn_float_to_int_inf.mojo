fn main():
    var f = 1e300
    print(Int(f / 1e290))
    print(Int(f * f))
