# List(capacity=n) starts empty (the capacity is a hint); List[T, hint_trivial_type=...] is
# the List of T.
fn main():
    var a = List[Int](capacity=5)
    print(len(a))
    a.append(3)
    var b = List[Float64, hint_trivial_type=True]()
    b.append(1.5)
    var c: List[Int8, hint_trivial_type=False] = List[Int8](1, 2)
    print(len(a), a[0], b[0], len(c))
    var n = 2
    var d = List[String](capacity=n * 3)
    d.append("x")
    print(d[0], len(d))
