# Slicing a List makes a new List: bounds and steps as Python's slices (Mojo's List too);
# a List's __str__, __repr__ and count.
fn show(l: List[Int]) -> String:
    return l.__str__()


fn main():
    var vs = List[Int](1, 2, 3, 4, 5)
    print(show(vs[1:]), show(vs[:-1]), show(vs[1:-1:1]), show(vs[::-1]), show(vs[:]))
    print(vs[1:0:-1][0], vs[2::-1][0], len(vs[1:2:-1]), len(vs[:-1:-2]), len(vs[-50::-1]))
    print(show(vs[-50::]), show(vs[:-50:-1]), show(vs[::50]), show(vs[::-50]), show(vs[::2]))
    var first = 1
    var part = vs[first : first + 2]
    part[0] = 99
    print(show(part), show(vs), vs.__repr__())
    var names = List[String]("a", "b", "c")
    print(names[::-1].__str__(), len(names[5:]))
    var flags = List[Bool](True, False, True)
    print(flags[1:].__str__(), List[Float64](0.5, 1.5)[1:].__str__())
    var counted = List[Int](1, 2, 1, 1)
    print(counted.count(1), counted.count(5), names.count("b"), List[Float64](0.5).count(0.5))
