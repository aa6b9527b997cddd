# A generic struct's type parameters inferred from its constructor's arguments: from the
# fields of a @value struct, or from __init__'s arguments; the rest take their defaults.


@value
struct Pair[T: CollectionElement]:
    var first: T
    var second: T

    fn swapped(self) -> Self:
        return Self(self.second, self.first)


struct Box[T: CollectionElement, size: Int = 2]:
    var item: T

    fn __init__(out self, item: T):
        self.item = item

    fn capacity(self) -> Int:
        return size


fn main():
    var p = Pair(1, 2)
    var q = Pair(String("a"), String("b"))
    var s = p.swapped()
    print(p.first + p.second, q.first + q.second, s.first, s.second)
    var b = Box(2.5)
    var c = Box[Int, 8](3)
    print(b.item, b.capacity(), c.item, c.capacity())
    var same: Pair[Int] = Pair(5, 6)
    print(same.first * same.second)
