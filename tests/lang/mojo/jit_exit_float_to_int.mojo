# A Float64 too large for an Int, met inside a loop the JIT traced.
fn to_ints(n: Int) -> Int:
    var total = 0
    var x = 1.0
    for _ in range(n):
        x = x * 3.0
        total += Int(x) % 10
    return total


fn main():
    print(to_ints(30))
    print(to_ints(1000))
