@value
struct Pair:
    var a: Int
    var b: Int

    fn __getitem__(self, i: Int) -> Int:
        return self.a if i == 0 else self.b


fn show(p: Pair):
    p[0] = 3


fn main():
    var p = Pair(1, 2)
    p[1] = 5
    print(p[0, 1], p("x"), p["a"])
