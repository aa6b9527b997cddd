trait HasArea:
    fn area(self) -> Float64: ...

@value
struct Rect(HasArea):
    var w: Float64
    var h: Float64

    fn area(self) -> Float64:
        return self.w * self.h

@value
struct Sq(HasArea):
    var s: Float64

    fn area(self) -> Float64:
        return self.s * self.s

fn scaled[k: Int](x: Int) -> Int:
    return x * k

fn power[n: Int](x: Float64) -> Float64:
    var r: Float64 = 1
    for i in range(n):
        r *= x
    return r

fn double_area[T: HasArea](shape: T) -> Float64:
    return 2 * shape.area()

fn repeat[count: Int = 3, sep: String = "-"](s: String) -> String:
    var out = s
    for i in range(count - 1):
        out += sep + s
    return out

fn fact[n: Int]() -> Int:
    @parameter
    if n <= 1:
        return 1
    return n * fact[n - 1]()

fn main():
    print(scaled[3](7), scaled[10](7), power[3](2.0), power[0](5.0))
    print(double_area(Rect(2, 3)), double_area[Sq](Sq(4)))
    print(repeat("ab"), repeat[2]("x"), repeat[2, "+"]("y"))
    print(fact[5](), fact[20]())
