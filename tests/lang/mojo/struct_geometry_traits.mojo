# Shapes behind a trait with a default method, used through a generic fn constrained by the trait.
from math import sqrt

alias pi = 3.141592653589793


trait Shape:
    fn area(self) -> Float64: ...

    fn perimeter(self) -> Float64: ...

    fn name(self) -> String:
        return "shape"


@value
struct Circle(Shape):
    var r: Float64

    fn area(self) -> Float64:
        return pi * self.r * self.r

    fn perimeter(self) -> Float64:
        return 2 * pi * self.r

    fn name(self) -> String:
        return "circle"


@value
struct Rect(Shape):
    var w: Float64
    var h: Float64

    fn area(self) -> Float64:
        return self.w * self.h

    fn perimeter(self) -> Float64:
        return 2 * (self.w + self.h)


@value
struct Triangle(Shape):
    var a: Float64
    var b: Float64
    var c: Float64

    fn area(self) -> Float64:
        var s = self.perimeter() / 2
        return sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    fn perimeter(self) -> Float64:
        return self.a + self.b + self.c

    fn name(self) -> String:
        return "triangle"


fn report[T: Shape](s: T):
    print(s.name(), s.area(), s.perimeter())


fn compactness[T: Shape](s: T) -> Float64:
    return 4 * pi * s.area() / (s.perimeter() * s.perimeter())


fn main():
    report(Circle(1.5))
    report(Rect(3, 4.5))
    report(Triangle(3, 4, 5))
    print(compactness(Circle(2)), compactness(Rect(1, 1)), compactness(Triangle(1, 1, 1)))
