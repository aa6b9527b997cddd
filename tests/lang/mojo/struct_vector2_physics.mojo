# A Vec2 struct with operator dunders driving a tiny projectile simulation (explicit Euler steps).
from math import sqrt


@value
struct Vec2(Stringable):
    var x: Float64
    var y: Float64

    fn __add__(self, o: Vec2) -> Vec2:
        return Vec2(self.x + o.x, self.y + o.y)

    fn __sub__(self, o: Vec2) -> Vec2:
        return Vec2(self.x - o.x, self.y - o.y)

    fn __mul__(self, k: Float64) -> Vec2:
        return Vec2(self.x * k, self.y * k)

    fn __neg__(self) -> Vec2:
        return Vec2(-self.x, -self.y)

    fn __eq__(self, o: Vec2) -> Bool:
        return self.x == o.x and self.y == o.y

    fn __ne__(self, o: Vec2) -> Bool:
        return not (self == o)

    fn dot(self, o: Vec2) -> Float64:
        return self.x * o.x + self.y * o.y

    fn length(self) -> Float64:
        return sqrt(self.dot(self))

    fn __str__(self) -> String:
        return "(" + String(self.x) + ", " + String(self.y) + ")"


fn main():
    var a = Vec2(3, 4)
    var b = Vec2(-1, 0.5)
    print(String(a + b), String(a - b), String(a * 2.0), String(-b))
    print(a.dot(b), a.length(), a == Vec2(3, 4), a != b)
    var pos = Vec2(0, 0)
    var vel = Vec2(4, 8)
    var gravity = Vec2(0, -9.75)
    var dt = 0.25
    var steps = 0
    while pos.y >= 0:
        pos = pos + vel * dt
        vel = vel + gravity * dt
        steps += 1
    print("landed after", steps, "steps at", String(pos), "speed", vel.length())
    var acc = Vec2(0, 0)
    acc = acc + Vec2(1, 1)
    acc = acc + Vec2(0.5, -2)
    print(String(acc))
