fn main():
    var a = List[Int, hint_trivial_type=1]()
    var b = List[Int](1, capacity=2)
    var c = List[Int](capacity="x")
