trait Shape:
    fn area(self) -> Float64: ...

@value
struct Blob:
    var size: Int

fn times[k: Int](x: Int) -> Int:
    return x * k

fn measure[T: Shape](s: T) -> Float64:
    return s.area()

fn forever[n: Int]() -> Int:
    return forever[n + 1]()

fn pick[flag: Bool]() -> Int:
    comptime if flag:
        return 1
    else:
        return 0

fn main():
    var n = 3
    print(times[n](2))
    print(times[2.5](2))
    print(times(2))
    print(measure(Blob(1)))
    print(forever[0]())
    print(pick[True](), pick[1]())
    @parameter
    if n > 2:
        print("runtime condition")
    @parameter
    for i in range(n):
        print(i)
