from collections import Deque, Dict


fn main():
    var d = Deque[Int](1, 2)
    var e = d
    print(d)
    _ = d.pop()
    d.rotate(1)
    d.appendleft("x")
    var f = Deque[Int](3)
    f = d
    var g = d^
    print(len(g))
    var m = Dict[Int, Int]()
    for k in reversed(m.keys()):
        print(k[])
