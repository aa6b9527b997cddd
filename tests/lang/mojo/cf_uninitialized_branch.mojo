fn f(flag: Bool) -> Int:
    var x: Int
    if flag:
        x = 1
    return x
