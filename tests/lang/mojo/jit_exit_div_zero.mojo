# Integer division by zero met inside a loop the JIT traced, after hundreds of iterations.
fn divide_down(n: Int) -> Int:
    var total = 0
    for i in range(n, -1, -1):
        total += 1000000 // (i - 3)
    return total


fn main():
    print(divide_down(2))
    print(divide_down(1000))
