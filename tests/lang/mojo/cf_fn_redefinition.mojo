fn f(x: Int) -> Int:
    return x

fn f(x: Float64) -> Float64:
    return x
