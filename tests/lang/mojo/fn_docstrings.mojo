fn documented(x: Int) -> Int:
    """Returns x plus one."""
    ...
    return x + 1

fn main():
    """Entry point."""
    print(documented(1))
