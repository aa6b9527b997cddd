# A 2x2 Float64 matrix struct: product, determinant, inverse that raises when singular, and matrix powers.
@value
struct M2(Stringable):
    var a: Float64
    var b: Float64
    var c: Float64
    var d: Float64

    fn __mul__(self, o: M2) -> M2:
        return M2(self.a * o.a + self.b * o.c, self.a * o.b + self.b * o.d, self.c * o.a + self.d * o.c, self.c * o.b + self.d * o.d)

    fn det(self) -> Float64:
        return self.a * self.d - self.b * self.c

    fn inverse(self) raises -> M2:
        var dt = self.det()
        if dt == 0:
            raise Error("matrix is singular")
        return M2(self.d / dt, -self.b / dt, -self.c / dt, self.a / dt)

    fn __eq__(self, o: M2) -> Bool:
        return self.a == o.a and self.b == o.b and self.c == o.c and self.d == o.d

    fn __str__(self) -> String:
        return "[[" + String(self.a) + ", " + String(self.b) + "], [" + String(self.c) + ", " + String(self.d) + "]]"


fn power(m: M2, n: Int) -> M2:
    var r = M2(1, 0, 0, 1)
    for _ in range(n):
        r = r * m
    return r


fn main():
    var m = M2(4, 7, 2, 6)
    print(String(m), m.det())
    try:
        var inv = m.inverse()
        print(String(inv))
        print(String(m * inv), m * inv == M2(1, 0, 0, 1))
        print(String(M2(2, 4, 1, 2).inverse()))
    except e:
        print("error:", e)
    var rot = M2(0, -1, 1, 0)
    print(String(power(rot, 2)), power(rot, 4) == M2(1, 0, 0, 1))
    print(String(power(M2(1, 1, 1, 0), 10)), power(M2(0.5, 0, 0, 2), 3).det())
