struct P:
    var x: Int

    fn __init__(out self, x: Int):
        self.x = x


fn main():
    var l = List[P]()
    l.sort()
    var n = List[Int](1)
    _ = n.index(1)
    n.insert(1)
    n.extend(List[String]())
