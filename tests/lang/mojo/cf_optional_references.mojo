fn get() -> Optional[Int]:
    return 1

fn main():
    var a = Optional(1)
    var l = List[Int](1)
    len(l) = 3
    print(get().take())
    var b = Optional()
    var c = Optional(None)
    var d = Optional(a)
    print(a == "x")
    print(a.value())
