fn helper(x: Int) -> Float64:
    return x

fn main():
    let k = 1
    k = 2
    print(helper(1.5), missing)
    var s: String = 3
