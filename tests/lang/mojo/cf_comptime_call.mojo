fn shout(s: String) -> String:
    print(s)
    return s


fn forever() -> Int:
    var i = 0
    while True:
        i += 1
    return i


fn div(n: Int, d: Int) -> Int:
    return n // d


fn bump(mut x: Int) -> Int:
    x += 1
    return x


fn main():
    alias a = shout("hi")
    alias b = forever()
    alias c = div(1, 0)
    alias d = div(1)
    alias e = div("a", 1)
    var one = 1
    alias f = bump(one)
    alias g = bump(1)
