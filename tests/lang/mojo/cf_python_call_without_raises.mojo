def helper():
    return 1

fn main():
    print(helper())
