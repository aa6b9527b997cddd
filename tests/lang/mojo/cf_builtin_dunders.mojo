fn main():
    var x = 4
    print(x.__add__(1, 2))
    print(x.__int__(5))
    print(round(1.5, 2, 3))
    print(min())
    print(index(2.5))
    print(round("a"))
    print("a".__contains__(3))
    var f = 2.5
    print(round(f, 1.5))
