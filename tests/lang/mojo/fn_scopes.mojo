fn main():
    var x = 1
    if x == 1:
        var x = "inner"
        print(x)
    print(x)
    for i in range(2):
        var y = i * 10
        print(y)
    var y = 2.5
    print(y)
