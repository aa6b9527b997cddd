# A Fraction struct kept in lowest terms, with arithmetic and comparison dunders.
fn gcd(a: Int, b: Int) -> Int:
    var x = abs(a)
    var y = abs(b)
    while y != 0:
        x, y = y, x % y
    return x


@value
struct Fraction(Stringable):
    var num: Int
    var den: Int

    fn __init__(out self, num: Int, den: Int):
        var g = gcd(num, den)
        var sign = -1 if den < 0 else 1
        self.num = sign * num // g
        self.den = sign * den // g

    fn __add__(self, other: Fraction) -> Fraction:
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    fn __sub__(self, other: Fraction) -> Fraction:
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    fn __mul__(self, other: Fraction) -> Fraction:
        return Fraction(self.num * other.num, self.den * other.den)

    fn __truediv__(self, other: Fraction) -> Fraction:
        return Fraction(self.num * other.den, self.den * other.num)

    fn __eq__(self, other: Fraction) -> Bool:
        return self.num == other.num and self.den == other.den

    fn __lt__(self, other: Fraction) -> Bool:
        return self.num * other.den < other.num * self.den

    fn to_float(self) -> Float64:
        return Float64(self.num) / Float64(self.den)

    fn __str__(self) -> String:
        if self.den == 1:
            return String(self.num)
        return String(self.num) + "/" + String(self.den)


fn main():
    var half = Fraction(1, 2)
    var third = Fraction(2, 6)
    print(half, third, Fraction(4, -8), Fraction(10, 5))
    print(half + third, half - third, half * third, half / third)
    print(half == Fraction(3, 6), half < third, third < half)
    var h = Fraction(0, 1)
    for k in range(1, 11):
        h = h + Fraction(1, k)
    print("H10 =", h, h.to_float())
    var x = Fraction(3, 4)
    x = x * x - Fraction(1, 16)
    print(x, x.to_float())
