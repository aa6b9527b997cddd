fn main():
    var l = List[String]()
    l.append("x")
    print(l.pop(-1))
    print(l.pop())
