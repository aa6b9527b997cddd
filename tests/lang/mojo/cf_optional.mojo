fn main():
    var a: Optional[Int] = "x"
    var b = Optional[Int](2.5)
    var c: Optional[Optional[Int]] = None
    var d = Optional[Int](1)
    print(d.get())
    print(d.value(1))
    print(d + 1)
