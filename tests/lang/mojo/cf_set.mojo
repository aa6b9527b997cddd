fn main():
    var a = Set[Float64]()
    var s = Set[Int](1, 2)
    s.add("x")
    s.remove(1)
    var t = Set[String]("a")
    var u = s | t
    print(s + s)
    s.sort()
    let fixed = Set[Int](1)
    fixed.add(2)
