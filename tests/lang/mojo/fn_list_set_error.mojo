fn main():
    var l = List[Float64]()
    l.append(1.5)
    print(l.pop())
    l[-1] = 2.0
