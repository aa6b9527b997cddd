@value
struct FibPair:
    var current: Int
    var next: Int

fn fib_pair(n: Int) -> FibPair:
    if n == 0:
        return FibPair(0, 1)
    var p = fib_pair(n - 1)
    return FibPair(p.next, p.current + p.next)

fn main():
    print(fib_pair(10).current, fib_pair(90).current)
