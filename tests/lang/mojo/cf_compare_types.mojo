fn main():
    var i = 1
    var s = "1"
    print(i == s)
