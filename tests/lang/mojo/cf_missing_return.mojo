fn f(x: Int) -> Int:
    var y = x + 1
