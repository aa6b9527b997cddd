# A literal operand adapts to the type a struct's operator method declares.

@value
struct V:
    var x: Float64

    fn __mul__(self, k: Float64) -> V:
        return V(self.x * k)

    fn __add__(self, other: V) -> V:
        return V(self.x + other.x)


fn main():
    var v = V(1.5)
    var w = v * 2
    print(w.x, (v + w).x, (v * 0.5).x)
