@value
struct Point:
    var x: Int
    var y: Int


fn may_fail() raises -> Int:
    raise Error("no")


fn main() raises:
    var p = Point(1, 2)
    print(p.x.value)
    var s = String("text")
    print(s.size)
    try:
        print(may_fail())
    except e:
        print(e.code)
