fn main():
    var d = 0
    print("start")
    var r = 10 % d
    print(r)
