@always_inline
fn double(x: Int) raises -> Int:
    return x * 2

fn quadruple(x: Int) raises -> Int:
    return double(double(x))

fn main() raises:
    print(quadruple(5))
