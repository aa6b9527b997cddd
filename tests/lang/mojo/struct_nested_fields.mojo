# Structs holding structs: nested field reads and in-place updates, mut methods on inner values, -> Self.
@value
struct Point:
    var x: Int
    var y: Int

    fn moved(self, dx: Int, dy: Int) -> Self:
        return Point(self.x + dx, self.y + dy)


@value
struct Rect:
    var lo: Point
    var hi: Point

    fn width(self) -> Int:
        return self.hi.x - self.lo.x

    fn height(self) -> Int:
        return self.hi.y - self.lo.y

    fn area(self) -> Int:
        return self.width() * self.height()

    fn translate(mut self, dx: Int, dy: Int):
        self.lo = self.lo.moved(dx, dy)
        self.hi.x += dx
        self.hi.y += dy

    fn contains(self, p: Point) -> Bool:
        return self.lo.x <= p.x < self.hi.x and self.lo.y <= p.y < self.hi.y

    fn intersect(self, o: Rect) -> Rect:
        var lo = Point(max(self.lo.x, o.lo.x), max(self.lo.y, o.lo.y))
        var hi = Point(min(self.hi.x, o.hi.x), min(self.hi.y, o.hi.y))
        if hi.x < lo.x:
            hi.x = lo.x
        if hi.y < lo.y:
            hi.y = lo.y
        return Rect(lo, hi)


fn main():
    var r = Rect(Point(0, 0), Point(4, 3))
    print(r.width(), r.height(), r.area())
    var s = r
    s.translate(2, 1)
    print(s.lo.x, s.lo.y, s.hi.x, s.hi.y, "original", r.lo.x, r.hi.x)
    var i = r.intersect(s)
    print(i.lo.x, i.lo.y, i.hi.x, i.hi.y, i.area())
    print(r.intersect(Rect(Point(10, 10), Point(12, 12))).area())
    r.hi.y *= 2
    r.lo.x -= 1
    print(r.width(), r.height(), r.area(), r.contains(Point(-1, 5)), r.contains(Point(4, 0)))
    var pts = List[Point](Point(1, 1), Point(5, 2), Point(3, 4))
    var inside = 0
    for p in pts:
        if s.contains(p):
            inside += 1
    print("inside", inside)
