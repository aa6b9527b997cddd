fn main():
    var one = 1
    print(one << 10, one << 63, one << 64, one << 100)
    var neg = -256
    print(neg >> 4, neg >> 70, 256 >> 4)
    var a = 12
    var b = 10
    print(a & b, a | b, a ^ b, ~a, ~(-1))
