fn main():
    var x: Int
    print(x + 1)
