fn produce(out x: Int):
    x = 1

fn borrow(ref y: Int) -> Int:
    return y
