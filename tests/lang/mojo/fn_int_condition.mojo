fn main():
    var n = 3
    while n:
        print(n)
        n -= 1
    if 0:
        print("no")
    else:
        print("zero is false")
