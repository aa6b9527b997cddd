fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fn fact(n: Int) -> Int:
    return 1 if n <= 1 else n * fact(n - 1)

fn main():
    print(fib(25))
    print(fact(20))
    print(fact(21))
