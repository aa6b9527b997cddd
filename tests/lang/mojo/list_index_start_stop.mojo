# List.index(value, start, stop): positions counted from the end when negative and clipped
# to the List, as Mojo's index takes them; a missing element raises Mojo's ValueError text.
fn find(l: List[Int], v: Int, start: Int, stop: Int) -> Int:
    try:
        return l.index(v, start, stop)
    except e:
        print("  not found:", e)
        return -1


fn main() raises:
    var l = List[Int](10, 20, 30, 40, 50)
    print(l.index(30, start=1), l.index(30, start=-4), l.index(30, start=-1000))
    print(l.index(30, start=1, stop=3), l.index(30, start=-4, stop=-2), l.index(30, stop=1000))
    print(l.index(10, start=-5, stop=-1), l.index(50, 0, None), l.index(40, 2))
    print(find(l, 30, 3, 5), find(l, 30, 0, 2), find(l, 10, 1, 1), find(l, 50, 0, -1))
    var words = List[String]("a", "b", "a")
    print(words.index("a", 1), words.index("a", stop=1))
    var floats = List[Float64](1.5, 2.5, 1.5)
    print(floats.index(1.5, -1))
