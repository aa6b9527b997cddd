from bit import count_trailing_zeros, bit_reverse


fn main():
    var u = UInt(3)
    var i = 4
    print(-u)
    print(~u)
    var f: Float64 = u / 2
    var g: Int = u / 2
    var big = UInt(18446744073709551616)
    print(count_trailing_zeros(i), bit_reverse(1))
    print(u == 3.0)
