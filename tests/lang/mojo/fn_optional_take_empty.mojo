fn main():
    var a = Optional[Int](3)
    a.value() = 4
    print(a.take())
    print(a.take())
