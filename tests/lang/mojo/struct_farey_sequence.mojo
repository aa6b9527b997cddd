# Farey sequences with a small Ratio struct: generation by the next-term formula, mediants, neighbours' property.
@value
struct Ratio:
    var p: Int
    var q: Int

    fn __lt__(self, o: Ratio) -> Bool:
        return self.p * o.q < o.p * self.q

    fn mediant(self, o: Ratio) -> Ratio:
        return Ratio(self.p + o.p, self.q + o.q)

    fn show(self) -> String:
        return String(self.p) + "/" + String(self.q)


fn farey(n: Int) -> List[Ratio]:
    var out = List[Ratio](Ratio(0, 1))
    var a = 0
    var b = 1
    var c = 1
    var d = n
    while c <= n:
        var k = (n + b) // d
        var e = k * c - a
        var f = k * d - b
        a = c
        b = d
        c = e
        d = f
        out.append(Ratio(a, b))
    return out


fn main():
    for n in range(1, 6):
        var line = String("")
        for r in farey(n):
            line += r.show() + " "
        print("F" + String(n) + ":", line)
    var f8 = farey(8)
    var ok = True
    for i in range(1, len(f8)):
        if f8[i - 1].q * f8[i].p - f8[i - 1].p * f8[i].q != 1 or not (f8[i - 1] < f8[i]):
            ok = False
    print("F8 has", len(f8), "terms; neighbours unimodular and increasing:", ok)
    print(Ratio(1, 3).mediant(Ratio(1, 2)).show(), Ratio(2, 5) < Ratio(3, 7), Ratio(3, 7) < Ratio(2, 5))
    print(len(farey(100)))
