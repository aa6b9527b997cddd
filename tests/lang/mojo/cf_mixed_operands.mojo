fn main():
    var i = 3
    var f = 0.5
    print(i + f)
