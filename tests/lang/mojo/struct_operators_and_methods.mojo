@value
struct Point:
    var x: Float64
    var y: Float64

    fn __add__(self, other: Self) -> Self:
        return Point(self.x + other.x, self.y + other.y)

    fn __eq__(self, other: Point) -> Bool:
        return self.x == other.x and self.y == other.y

    fn __neg__(self) -> Point:
        return Point(-self.x, -self.y)

    fn norm2(self) -> Float64:
        return self.x * self.x + self.y * self.y

    fn scale(mut self, k: Float64):
        self.x *= k
        self.y = self.y * k

    @staticmethod
    fn origin() -> Point:
        return Point(0, 0)

struct Counter:
    var count: Int
    var label: String

    fn __init__(out self, label: String):
        self.count = 0
        self.label = label

    fn bump(inout self) -> Int:
        self.count += 1
        return self.count

struct Segment:
    var a: Point
    var b: Point

    fn __init__(inout self, a: Point, b: Point):
        self.a = a
        self.b = b

    fn length2(self) -> Float64:
        var d = self.b + -self.a
        return d.norm2()

fn main():
    var p = Point(1, 2)
    var q = Point(3.5, -1)
    var r = p + q
    print(r.x, r.y, r.norm2(), p == q, p + q == r)
    r.scale(2)
    print(r.x, r.y)
    var o = Point.origin()
    print(o.x, o.y)
    var c = Counter("hits")
    print(c.bump(), c.bump(), c.count, c.label)
    var s = Segment(p, q)
    print(s.length2(), s.a.x, s.b.y)
    s.a.x = 10
    s.b.scale(0.5)
    print(s.a.x, s.b.x, s.length2())
    var copy = s
    copy.a.y = 99
    print(s.a.y, copy.a.y)
