fn twice(x: Int) -> Int:
    return 2 * x

fn raising(x: Int) raises -> Int:
    return x

fn apply[f: fn (Int) -> Int](x: Int) -> Int:
    return f(x)

fn run[f: fn () raises -> object]() raises:
    _ = f()

fn nothing():
    pass

fn main() raises:
    print(apply[raising](1))
    print(apply[3](1))
    run[nothing]()
    var g = twice
