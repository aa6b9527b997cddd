# range objects as values: their length, items, fields, reversal and iteration, for Int,
# UInt and scalar bounds (a range is its own iterator, as in Mojo).


fn main():
    print(range(10).__len__(), len(range(0, 10, 3)), len(range(38, -13, -23)), len(range(5, 1)))
    print(range(10, 0, -1).__len__(), len(range(-4)), len(range(5, 10, 20)), len(range(10, 5, -20)))
    print(range(10)[3], range(5, 10)[4], range(38, -13, -23)[1], range(10)[True])
    var r = range(2, 20, 5)
    var sum = 0
    for x in r:
        sum += x
    print(r.start, r.end, r.step, r[r.__len__() - 1], sum)
    var back = r.__reversed__()
    for x in back:
        sum -= x
    print(back.start, back.end, back.step, sum)
    var odd = range(38, -13, -23).__reversed__()
    print(odd.start, odd.end, odd.step)
    for x in reversed(range(3)):
        print(x, end=" ")
    for x in range(10, 13).__reversed__():
        print(x, end=" ")
    print()
    var it = range(0, 9, 4).__iter__()
    print(it.__next__(), it.__next__(), it.__len__(), it.__next__(), it.__len__())
    var u = range(UInt(0), UInt.MAX)
    print(u.__len__(), len(range(UInt(10), UInt(0), UInt(1))), range(UInt(5), UInt(10))[4])
    for x in range(UInt(1), UInt(4)):
        print(repr(x), end=" ")
    var small = range(UInt8(2), 16, 4)
    for e in small:
        print(repr(e), end=" ")
    print(small.__len__())
