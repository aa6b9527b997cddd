fn main():
    var a, b
