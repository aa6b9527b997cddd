from collections import Set


fn assert_same[T: EqualityComparable](lhs: T, rhs: T) raises:
    if not lhs == rhs:
        raise Error("not equal")


def main():
    var a = Set[Int](3, 1, 2)
    var b = Set(a)
    b.add(4)
    print(a.__str__(), b.__repr__(), len(a), len(b))
    var c = Set[Int](List[Int](5, 6, 5))
    var d = Set(List[String]("x", "y"))
    print(c.__str__(), d.__str__(), Set[Int]().__str__())
    assert_same(a, Set[Int](1, 2, 3))
    assert_same(3, 3)
    assert_same(String("s"), String("s"))
    print(Set(7).__str__())
    if not Set[Int]():
        print("empty sets are false")
