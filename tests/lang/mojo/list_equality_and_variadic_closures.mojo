# Lists compare element by element (==, !=, assert_equal, whose message shows the Lists as
# Mojo's List.__str__ does: the elements' reprs), and a nested fn may take `*values`,
# typed or as the element type of an earlier List argument (`*values: list.T`).
from testing import assert_equal


fn main() raises:
    fn append_many(mut list: List, *values: list.T):
        for value in values:
            list.append(value[])

    fn count(*values: Int) -> Int:
        var n = 0
        for _ in values:
            n += 1
        return n

    var small = List[UInt8]()
    append_many(small, 2, 6, 10)
    var words = List[String]("a")
    append_many(words, "b", "c")
    print(len(small), len(words), words[2], count(), count(4, 5, 6))
    var same = List[UInt8](2, 6, 10)
    print(small == same, small != same, List[Int](1, 2) == List[Int](1), words == words)
    var grid = List[List[Int]](List[Int](1), List[Int](2, 3))
    print(grid == List[List[Int]](List[Int](1), List[Int](2, 3)), grid == List[List[Int]]())
    assert_equal(small, same)
    try:
        assert_equal(words, List[String]("a", "b"))
    except e:
        print(e)
    try:
        same.append(1)
        assert_equal(small, same, "bytes")
    except e:
        print(e)
    print(repr(Int8(-3)), repr(UInt(4)))
