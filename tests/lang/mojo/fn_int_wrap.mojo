fn main():
    var big: Int = 9223372036854775807
    var small: Int = -9223372036854775808
    print(big + 1)
    print(small - 1)
    print(big * 2)
    print(-small)
    print(small // -1, small % -1)
    var x: Int = 3037000500
    print(x * x)
