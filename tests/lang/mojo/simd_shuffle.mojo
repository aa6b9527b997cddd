# Rearranging lanes: shuffle, slice, join, interleave, rotations, lane reads and writes.
alias Vec = SIMD[DType.int32, 8]


fn main():
    var v = Vec(0, 1, 2, 3, 4, 5, 6, 7)
    print(v.shuffle[7, 6, 5, 4, 3, 2, 1, 0]())
    print(v.shuffle[0, 0, 1, 1]())
    print(v.shuffle[3, 5]())
    print(v.slice[4]())
    print(v.slice[2, 6]())
    var lo = v.slice[4]()
    var hi = v.slice[4, offset=4]()
    print(lo.join(hi))
    print(lo.interleave(hi))
    print(v.rotate_left[3](), v.rotate_right[1]())
    print(v[0], v[7])
    for i in range(8):
        v[i] = v[i] * v[i]
    print(v)
    v[3] += 100
    v[4] -= 16
    print(v)
    var total = 0
    for i in range(len(v)):
        total += Int(v[i])
    print(total)
