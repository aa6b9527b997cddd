@value
struct P:
    var x: Int


fn main():
    var l = List[Int](1, 2, 3)
    var a = l[1:"x"]
    var ps = List[P](P(1))
    var b = ps[1:]
    var s = String("abc")
    var t = s[::2]
    _ = l.count("a")
