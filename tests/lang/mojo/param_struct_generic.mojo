# Type parameters bound by traits: the methods of the parameter type are callable inside
# the generic struct; `Self` is the instance; parameters shape SIMD fields; instances nest.


trait Shape:
    fn area(self) -> Float64:
        ...

    fn name(self) -> String:
        ...


@value
struct Square(Shape):
    var side: Float64

    fn area(self) -> Float64:
        return self.side * self.side

    fn name(self) -> String:
        return "square"


@value
struct Circle(Shape):
    var r: Float64

    fn area(self) -> Float64:
        return 3.0 * self.r * self.r

    fn name(self) -> String:
        return "circle"


@value
struct Labeled[S: Shape]:
    var shape: S
    var label: String

    fn describe(self) -> String:
        return self.label + ": " + self.shape.name() + " of area " + String(self.shape.area())

    fn scaled_area(self, k: Float64) -> Float64:
        return self.shape.area() * k


@value
struct Vec[width: Int]:
    var data: SIMD[DType.float32, width]

    fn __add__(self, other: Self) -> Self:
        return Self(self.data + other.data)

    fn total(self) -> Float32:
        return self.data.reduce_add()


@value
struct Wrapper[T: CollectionElement]:
    var inner: T


fn main():
    var a = Labeled[Square](Square(2.0), "a")
    var b = Labeled[Circle](Circle(1.5), "b")
    print(a.describe())
    print(b.describe())
    print(a.scaled_area(0.5), b.scaled_area(2.0))
    var u = Vec[4](SIMD[DType.float32, 4](1, 2, 3, 4))
    var v = Vec[4](SIMD[DType.float32, 4](0.5))
    var w = u + v
    print(w.data, w.total())
    var nested = Wrapper[Wrapper[Int]](Wrapper[Int](7))
    print(nested.inner.inner)
