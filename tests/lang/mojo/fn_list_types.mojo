# List elements of every kind fn code has: Float64, Bool, String and structs (stored as
# their field slots side by side).
@value
struct Point:
    var x: Float64
    var y: Float64
    var name: String

fn norm2(p: Point) -> Float64:
    return p.x * p.x + p.y * p.y

fn main():
    var f: List[Float64] = [1, 2.5, -0.5]
    f.append(4)
    var total = 0.0
    for x in f:
        total += x
    print(total, f[1], f[-1], 2.5 in f, 3.0 in f)
    f[0] *= 10.0
    print(f[0], f.pop())
    var b = [True, False]
    b.append(not b[0])
    print(b[0], b[1], b[2], len(b), False in b)
    var s = List[String]("one", "two")
    s.append("three")
    s[0] = s[0] + "!"
    for w in s:
        print(w, len(w))
    print("two" in s, "four" in s, s.pop(1), len(s))
    var pts = List[Point]()
    pts.append(Point(3.0, 4.0, "a"))
    pts.append(Point(1.0, 1.0, "b"))
    pts[1] = Point(6.0, 8.0, "c")
    var p = pts[0]
    p.x = 0.0
    pts[0] = p
    for q in pts:
        print(q.name, q.x, q.y, norm2(q))
    print(pts[-1].name, pts[1].y)
    var popped = pts.pop()
    print(popped.name, len(pts))
    print(Float64(2.0) ** 0.5, 9.0 ** 0.5)
