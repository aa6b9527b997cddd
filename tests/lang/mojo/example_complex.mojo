# A complex-number struct with full operator overloading, as in Mojo's examples: arithmetic
# with reflected forms through literals, comparison, negation, methods, __str__ for print.
from math import sqrt


@value
struct Complex(Stringable):
    var re: Float64
    var im: Float64

    fn __add__(self, other: Complex) -> Complex:
        return Complex(self.re + other.re, self.im + other.im)

    fn __sub__(self, other: Complex) -> Complex:
        return Complex(self.re - other.re, self.im - other.im)

    fn __mul__(self, other: Complex) -> Complex:
        return Complex(self.re * other.re - self.im * other.im, self.re * other.im + self.im * other.re)

    fn __truediv__(self, other: Complex) -> Complex:
        var d = other.re * other.re + other.im * other.im
        return Complex(
            (self.re * other.re + self.im * other.im) / d, (self.im * other.re - self.re * other.im) / d
        )

    fn __neg__(self) -> Complex:
        return Complex(-self.re, -self.im)

    fn __eq__(self, other: Complex) -> Bool:
        return self.re == other.re and self.im == other.im

    fn __ne__(self, other: Complex) -> Bool:
        return not (self == other)

    fn conjugate(self) -> Complex:
        return Complex(self.re, -self.im)

    fn norm(self) -> Float64:
        return sqrt(self.re * self.re + self.im * self.im)

    fn scaled(self, k: Float64) -> Complex:
        return Complex(self.re * k, self.im * k)

    fn __str__(self) -> String:
        var sign = "+" if self.im >= 0 else "-"
        return "(" + String(self.re) + " " + sign + " " + String(abs(self.im)) + "i)"


fn power(z: Complex, n: Int) -> Complex:
    var result = Complex(1, 0)
    for _ in range(n):
        result = result * z
    return result


fn main():
    var a = Complex(3, 4)
    var b = Complex(1, -2)
    print(a, b)
    print(a + b, a - b, a * b, a / b)
    print(-a, a.conjugate(), a.norm(), b.scaled(0.5))
    print(a == Complex(3, 4), a != b, a * a.conjugate())
    var i = Complex(0, 1)
    print(power(i, 2), power(i, 3), power(i, 4) == Complex(1, 0))
    var z = Complex(0, 0)
    var c = Complex(-0.5, 0.5)
    var steps = 0
    while z.norm() <= 2 and steps < 50:
        z = z * z + c
        steps += 1
    print("steps", steps, "z", z)
    var s = String(a)
    print(s + "!")
