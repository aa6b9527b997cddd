fn twice(x: Int) -> Int:
    return 2 * x

fn main():
    var f: Float64 = 1.5
    print(twice(f))
    print(twice("two"))
