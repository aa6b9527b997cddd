fn main():
    var n = 3
    alias N = n + 1
