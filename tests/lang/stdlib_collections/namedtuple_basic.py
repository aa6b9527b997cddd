from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p))
print(Point(x=3, y=4), Point(5, y=6))
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
print(isinstance(p, tuple), type(p).__name__, Point.__name__, Point.__module__)
print(Point, Point._fields, Point._field_defaults, Point.__doc__)
x, y = p
print(x, y, list(p), p + (3,), p * 2)
print(p._asdict(), p._replace(y=20), Point._make([7, 8]), Point._make(iter("ab")))
print(p.__match_args__, p.__getnewargs__(), p.count(1), p.index(2))
print(Point.x, Point.y.__doc__)

Color = namedtuple("Color", "red green blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)
Spaced = namedtuple("Spaced", "a, b   c")
print(Spaced(1, 2, 3), Spaced._fields)
Renamed = namedtuple("Renamed", ["abc", "def", "abc", "_x", "1y", "ok"], rename=True)
print(Renamed._fields)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
Mod = namedtuple("Mod", "a", module="somewhere")
print(Mod.__module__, Mod)

match p:
    case Point(x=1, y=yy):
        print("matched y =", yy)


class Vector(namedtuple("Vector", "x y")):
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2(), type(v).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(0, 0): "origin"}[(0, 0)])
print(Point.__new__.__doc__, Point._make.__doc__)
print(Point.__new__.__qualname__, Point.__repr__.__qualname__)
