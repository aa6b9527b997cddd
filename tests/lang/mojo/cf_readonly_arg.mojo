fn f(x: Int, borrowed y: Int, read z: Int) -> Int:
    x = 1
    y += 1
    z = 3
    return x
