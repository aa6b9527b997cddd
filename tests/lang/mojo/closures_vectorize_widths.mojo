# Which widths and offsets vectorize hands to its closure for several sizes, recorded into Lists, and an
# element-wise kernel whose result does not depend on the chosen width.
from algorithm import vectorize


fn trace[w: Int](n: Int) -> String:
    var calls = List[Int]()

    @parameter
    fn body[width: Int](i: Int):
        calls.append(i * 100 + width)

    vectorize[body, w](n)
    var s = String("")
    for c in calls:
        s += String(c // 100) + ":" + String(c % 100) + " "
    return s


fn squares_sum[w: Int](n: Int) -> Int:
    var buf = UnsafePointer[Int64].alloc(n)
    for i in range(n):
        buf[i] = Int64(i)
    var total = Int64(0)

    @parameter
    fn sq[width: Int](i: Int):
        var v = buf.load[width=width](i)
        total += (v * v).reduce_add()

    vectorize[sq, w](n)
    buf.free()
    return Int(total)


fn main():
    print(trace[4](10))
    print(trace[8](7))
    print(trace[2](5))
    print(trace[4](0), "|")
    print(squares_sum[1](50), squares_sum[4](50), squares_sum[16](50), 49 * 50 * 99 // 6)
