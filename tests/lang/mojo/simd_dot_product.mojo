# A dot product over UnsafePointer data, vectorized with a SIMD accumulator.
from algorithm import vectorize
from sys import simdwidthof

alias dtype = DType.int64
alias width = simdwidthof[dtype]()


fn dot(a: UnsafePointer[Int64], b: UnsafePointer[Int64], n: Int) -> Int64:
    var acc = SIMD[dtype, width](0)
    var tail: Int64 = 0

    @parameter
    fn step[w: Int](i: Int):
        @parameter
        if w == width:
            acc += a.load[width=w](i) * b.load[width=w](i)
        else:
            tail += (a.load[width=w](i) * b.load[width=w](i)).reduce_add()

    vectorize[step, width](n)
    return acc.reduce_add() + tail


fn main():
    for n in range(0, 40, 7):
        var a = UnsafePointer[Int64].alloc(n)
        var b = UnsafePointer[Int64].alloc(n)
        var expected: Int64 = 0
        for i in range(n):
            a[i] = i + 1
            b[i] = 3 * i - 10
            expected += Int64(i + 1) * Int64(3 * i - 10)
        print(n, dot(a, b, n), expected)
        a.free()
        b.free()
