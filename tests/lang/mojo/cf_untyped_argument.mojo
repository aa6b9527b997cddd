fn f(x) -> Int:
    return 0
