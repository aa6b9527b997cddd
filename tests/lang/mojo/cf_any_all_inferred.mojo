fn main():
    var e = List()
    var d = Dict[String, Int]()
    print(any(d), all(1, 2))
    var s = Set(1.5)
