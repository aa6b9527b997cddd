struct Holder:
    var items: List[Int]

    fn __init__(out self):
        self.items = List[Int]()


fn takes(p: Pointer[Int, __origin_of(x)]):
    pass


fn show[T: AnyType](x: T):
    print(x)


fn main():
    var n = 5
    var r = Pointer.address_of(n + 1)
    var z: Pointer[Int, __origin_of(m)] = Pointer.address_of(n)
    var w: Pointer[Int] = Pointer.address_of(n)
    var opt = Optional(3)
    print(opt.copied().value())
    var q = Optional(Pointer.address_of(n))
    print(q.copied[T=String]().value())
    var h = Holder()
    var ph = Pointer.address_of(h)
    show(Pointer.address_of(n))
