fn main():
    var l = List[Int](1)
    if (1, 2) and True:
        print("x")
    for i in reversed(range(0, 10, 2)):
        print(i)
    @parameter
    for i in range(2):
        print(i)
    else:
        print("done")
