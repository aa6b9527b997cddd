fn depth(n: Int) -> Int:
    return depth(n + 1)

fn main():
    print(depth(0))
