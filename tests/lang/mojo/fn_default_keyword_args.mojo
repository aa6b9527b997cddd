# Default values and keyword arguments: fn code calling fns, methods, static methods and
# constructors (memberwise ones by field name), and Python code calling fns.
fn greet(name: String, greeting: String = "Hello", times: Int = 1) -> String:
    var out = String("")
    for _ in range(times):
        out += greeting + ", " + name + "! "
    return out

fn scale(x: Float64, factor: Float64 = 2) -> Float64:
    return x * factor

fn maybe(x: Optional[Int] = None) -> Int:
    if x:
        return x.value()
    return -1

@fieldwise_init
struct Point:
    var x: Int
    var y: Int

    fn moved(self, dx: Int = 0, dy: Int = 0) -> Point:
        return Point(self.x + dx, self.y + dy)

    @staticmethod
    fn origin(z: Int = 0) -> Point:
        return Point(z, z)

struct Box:
    var w: Int
    var h: Int
    fn __init__(out self, w: Int, h: Int = 1):
        self.w = w
        self.h = h

def main():
    print(greet("Ada"))
    print(greet("Bob", times=2, greeting="Hi"))
    print(greet(greeting="Yo", name="Cy"))
    print(scale(3.5), scale(1.5, factor=4.0), maybe(), maybe(7))
    var p = Point(y=2, x=1).moved(dy=5)
    print(p.x, p.y, Point.origin().x, Point.origin(z=3).y)
    var b = Box(4)
    var c = Box(h=3, w=2)
    print(b.w, b.h, c.w, c.h)

print(greet("Py"), greet("Kw", times=2), scale(2.0), scale(factor=3.0, x=2.0))
for bad in [lambda: greet(), lambda: greet("a", tims=2), lambda: greet("a", name="b"), lambda: scale(1.0, 2.0, 3.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
