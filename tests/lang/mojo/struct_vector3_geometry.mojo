# Vec3 built on SIMD[DType.float64, 4] (w lane unused): cross products, triangle normals and areas, projections.
from math import sqrt

alias V4 = SIMD[DType.float64, 4]


@value
struct Vec3:
    var v: V4

    @staticmethod
    fn of(x: Float64, y: Float64, z: Float64) -> Vec3:
        return Vec3(V4(x, y, z, 0))

    fn __add__(self, o: Vec3) -> Vec3:
        return Vec3(self.v + o.v)

    fn __sub__(self, o: Vec3) -> Vec3:
        return Vec3(self.v - o.v)

    fn scale(self, k: Float64) -> Vec3:
        return Vec3(self.v * k)

    fn dot(self, o: Vec3) -> Float64:
        return (self.v * o.v).reduce_add()

    fn cross(self, o: Vec3) -> Vec3:
        var a = self.v.shuffle[1, 2, 0, 3]() * o.v.shuffle[2, 0, 1, 3]()
        var b = self.v.shuffle[2, 0, 1, 3]() * o.v.shuffle[1, 2, 0, 3]()
        return Vec3(a - b)

    fn length(self) -> Float64:
        return sqrt(self.dot(self))

    fn show(self) -> String:
        return "(" + String(self.v[0]) + ", " + String(self.v[1]) + ", " + String(self.v[2]) + ")"


fn main():
    var x = Vec3.of(1, 0, 0)
    var y = Vec3.of(0, 1, 0)
    print(x.cross(y).show(), y.cross(x).show(), x.cross(x).show())
    var a = Vec3.of(0, 0, 0)
    var b = Vec3.of(4, 0, 0)
    var c = Vec3.of(0, 3, 0)
    var n = (b - a).cross(c - a)
    print("normal", n.show(), "area", n.length() / 2)
    var p = Vec3.of(2, 3, 4)
    var q = Vec3.of(1, -2, 0.5)
    var k = p.dot(q) / q.dot(q)
    print("dot", p.dot(q), "projection", q.scale(k).show())
    print("cross is orthogonal:", p.cross(q).dot(p), p.cross(q).dot(q))
    print((p + q).show(), (p - q).length())
