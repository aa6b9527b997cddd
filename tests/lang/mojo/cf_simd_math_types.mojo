from math import sqrt, floor
fn main():
    var i = 4
    print(sqrt(i))
    print(floor(True))
    print(abs("x"))
    print(min(i, 2.5, 3))
    print(max(1, "a"))
