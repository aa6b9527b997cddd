fn find(items: List[Int], target: Int) -> Optional[Int]:
    for i in range(len(items)):
        if items[i] == target:
            return i
    return None


fn describe(o: Optional[String]) -> String:
    if o:
        return "some " + o.value()
    return "none"


fn main():
    var items = List[Int](5, 7, 9)
    var hit = find(items, 7)
    var miss = find(items, 4)
    print(hit.value(), miss.or_else(-1), hit.or_else(-1))
    print(hit is None, miss is None, hit is not None)
    if not miss:
        print("miss is empty")
    var name: Optional[String] = "mojo"
    var nothing = Optional[String]()
    print(describe(name), describe(nothing), describe(None), describe(String("x")))
    var o = Optional[Float64](2.5)
    o = None
    print(o.or_else(1.5))
    o = 3.25
    print(o.value())
    print(miss.value())
