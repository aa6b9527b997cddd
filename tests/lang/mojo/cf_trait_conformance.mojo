trait Shape:
    fn area(self) -> Float64: ...
    fn scale(mut self, k: Float64): ...

@value
struct Dot(Shape):
    var x: Int

    fn area(self) -> Int:
        return 0

fn total(s: Shape) -> Float64:
    return 0.0
