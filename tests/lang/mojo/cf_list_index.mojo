fn main() raises:
    var l = List[Int](1, 2)
    _ = l.index(1, step=2)
    _ = l.index(start=1)
    _ = l.index(1, "a")
    _ = l.index(1, 0, 1, 2)
