fn pair() -> (Int, String):
    return 7, "seven"


fn main():
    var n, name = pair()
    print(n, name)
    var a, b = 1, 2.5
    print(a, b)
    var x, y = b, a
    print(x, y)
