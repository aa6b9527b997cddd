fn main():
    var a = 1
    print(a + b)
