fn divide(a: Int, b: Int) -> Int:
    return a // b

fn main():
    print(divide(7, 2))
    print(divide(7, 0))
    print("unreachable")
