fn f() -> (Int, String):
    return 1, 2

fn g() -> ():
    pass

fn main():
    var t = (1, 2)
    print(t[2])
    var i = 0
    print(t[i])
    a, b, c = t
    t[0] = 5
