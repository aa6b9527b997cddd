# A polynomial of degree < 8 stored in one SIMD[DType.float64, 8] field: add, scale, derivative, evaluation.
alias Coeffs = SIMD[DType.float64, 8]


@value
struct Poly:
    var c: Coeffs

    fn __add__(self, o: Poly) -> Poly:
        return Poly(self.c + o.c)

    fn scale(self, k: Float64) -> Poly:
        return Poly(self.c * k)

    fn derivative(self) -> Poly:
        var d = Coeffs(0)
        for i in range(1, 8):
            d[i - 1] = self.c[i] * Float64(i)
        return Poly(d)

    fn eval(self, x: Float64) -> Float64:
        var r: Float64 = 0
        for i in range(7, -1, -1):
            r = r * x + self.c[i]
        return r

    fn degree(self) -> Int:
        for i in range(7, -1, -1):
            if self.c[i] != 0:
                return i
        return -1


fn main():
    var p = Poly(Coeffs(1, -3, 0, 2, 0, 0, 0, 0))
    var q = Poly(Coeffs(0, 1, 0.5, 0, 0, 0, 0, 0))
    print(p.c, p.degree(), q.degree())
    print((p + q).c)
    print(p.derivative().c, p.derivative().derivative().degree())
    print(p.eval(0), p.eval(1), p.eval(2), p.eval(-1.5), q.eval(4))
    var r = p.scale(0.5) + q.scale(2)
    print(r.c, r.eval(2))
    var x: Float64 = 2
    for _ in range(12):
        x = x - p.eval(x) / p.derivative().eval(x)
    print("root near", x, "residual small:", abs(p.eval(x)) < 1e-12)
    print(Poly(Coeffs(0)).degree())
