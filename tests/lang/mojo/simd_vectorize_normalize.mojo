# Normalising Float64 data with vectorize: sums and min/max in one pass, then scaling in place.
from algorithm import vectorize


fn main():
    alias n = 21
    var data = UnsafePointer[Float64].alloc(n)
    for i in range(n):
        data[i] = Float64((i * 37) % 23) - 6.5
    var total: Float64 = 0
    var lo: Float64 = data[0]
    var hi: Float64 = data[0]

    @parameter
    fn scan[w: Int](i: Int):
        var v = data.load[width=w](i)
        total += v.reduce_add()
        lo = min(lo, v.reduce_min())
        hi = max(hi, v.reduce_max())

    vectorize[scan, 8](n)
    print("sum", total, "min", lo, "max", hi)
    var span = hi - lo

    @parameter
    fn rescale[w: Int](i: Int):
        data.store(i, (data.load[width=w](i) - lo) / span)

    vectorize[rescale, 4](n)
    print(data.load[width=4](0), data.load[width=4](4))
    print(data[20], data.load[width=8](8).reduce_max(), data.load[width=8](8).reduce_min())
    var count_high = 0

    @parameter
    fn high[w: Int](i: Int):
        var m = data.load[width=w](i) > 0.5
        count_high += Int(m.cast[DType.int64]().reduce_add())

    vectorize[high, 16](n)
    print("above half:", count_high)
    data.free()
