# List + List and List * Int make new Lists (+= and *= too); unsafe_get/unsafe_set read and
# write an element (Ember checks the index as l[i] does).
fn main():
    var a = List[Int](1, 2, 3)
    var b = List[Int](4, 5, 6)
    var c = a + b
    print(c.__str__(), len(a), len(b))
    a += b
    print(a.__str__(), len(b))
    var l = List[Int](1, 2)
    l += List[Int]()
    print(len(l), (l * 2).__str__(), len(l * 0), len(l * -3))
    var n = 3
    var m = l * n
    print(m.__str__())
    m *= 0
    print(len(m))
    var grid = List[List[Int]](List[Int](1))
    var twice = grid * 2
    twice[0][0] = 7
    print(twice[0][0], twice[1][0], grid[0][0])
    var words = List[String]("x") + List[String]("y", "z")
    print(words.__str__())
    print(c.unsafe_get(0), c.unsafe_get(5))
    c.unsafe_set(1, 20)
    print(c[1], c.unsafe_get(1))
