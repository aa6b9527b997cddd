# Pointer[T, origin]: a safe reference to a variable of the fn; `p[]` reads and writes it.
fn main():
    var data = String("foo")
    var p = Pointer.address_of(data)
    print(p[])
    p[] = String("bar")
    print(data, p[] == "bar")
    data = "baz"
    print(p[])
    var n = 5
    var q = Pointer.address_of(n)
    q[] += 2
    print(n, q[] * 2)
    var opt: Optional[Pointer[Int, __origin_of(n)]] = Optional(Pointer.address_of(n))
    print(opt.copied[T=Int]().value())
    n = 10
    var copy = opt.copied()
    n = 11
    print(copy.value(), opt.copied().value())
    var none = Optional[Pointer[Int, __origin_of(n)]](None)
    print(none.copied().__str__())
