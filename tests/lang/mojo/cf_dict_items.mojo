fn main():
    var d = Dict[String, Int]()
    for e in d.items():
        print(e.name)
