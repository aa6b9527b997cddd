fn f(x: Integer) -> Int:
    return 0
