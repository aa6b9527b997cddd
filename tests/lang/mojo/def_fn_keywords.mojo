fn f(x: Int) -> Int:
    return x

f(x=1)
