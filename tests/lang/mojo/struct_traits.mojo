trait Shape:
    fn area(self) -> Float64: ...

    fn describe(self) -> String:
        return "a shape of area " + String(self.area())

trait Named(Shape):
    fn name(self) -> String:
        """The default name."""
        return "anonymous"

@value
struct Circle(Shape):
    var r: Float64

    fn area(self) -> Float64:
        return 3.0 * self.r * self.r

@value
struct Square(Named, Copyable):
    var side: Float64

    fn area(self) -> Float64:
        return self.side * self.side

    fn name(self) -> String:
        return "square"

fn main():
    var c = Circle(2)
    var s = Square(3)
    print(c.area(), c.describe())
    print(s.name(), s.describe())
