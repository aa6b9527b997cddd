fn main():
    var a = 2
    print(a ** 10)
    print(a ** (a - 5))
