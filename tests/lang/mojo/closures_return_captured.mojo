# Returning a captured List from a nested fn copies it: the variable outside keeps its own.


fn main():
    var l = List[Int](1)

    fn get() -> List[Int]:
        return l

    var m = get()
    m.append(2)
    print(len(l), len(m))
