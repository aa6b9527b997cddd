from sys import sizeof, simdwidthof, bitwidthof


fn main():
    print(sizeof[String]())
    print(simdwidthof[Int]())
    print(bitwidthof[DType.nothing]())
    var x = 3
    x.__iadd__(1, 2)
    print(Int.__add__(1))
