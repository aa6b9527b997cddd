fn main():
    var s = String("a b")
    print(s.split(1))
    print(s.split(" ", 2))
    print(s.splitlines(True))
    print(",".join(s))
    print(",".join(List[Int](1, 2)))
