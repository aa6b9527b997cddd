fn main() raises:
    var d = Dict[String, Int]()
    var other = Dict[Int, Int]()
    d.update(other)
    _ = d.setdefault("a", "b")
    var u = d | other
    print(String("a", 1, sep=2))
    print(String(1, tab=" "))


fn quiet():
    var d = Dict[String, Int]()
    _ = d.popitem()
