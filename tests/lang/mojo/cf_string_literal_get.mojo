fn main():
    var n = 3
    print(StringLiteral.get[n]())
    print(StringLiteral.get["a"](1))
    print(StringLiteral.get[SIMD[DType.uint8, 2](1, 256)]())
