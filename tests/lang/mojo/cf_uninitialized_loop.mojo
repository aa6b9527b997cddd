fn f(n: Int) -> Int:
    var last: Int
    for i in range(n):
        last = i
    return last
