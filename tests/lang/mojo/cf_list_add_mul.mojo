fn main():
    var a = List[Int](1)
    var b = List[String]("x")
    var c = a + b
    var d = a * 1.5
    var e = a - a
    a.unsafe_set(0, "s")
    _ = a.unsafe_get()
