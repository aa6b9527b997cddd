# An empty Set has nothing to pop: a KeyError, not a crash.


fn main() raises:
    var s = Set[Int](1)
    print(s.pop())
    _ = s.pop()
    print("never")
