# Dict's update, |, |=, find, setdefault, popitem and __str__ in fn code, and String()
# of several values.
fn show(d: Dict[String, Int]) -> String:
    return d.__str__()


fn main() raises:
    var orig = Dict[String, Int]()
    orig["a"] = 1
    orig["b"] = 2
    var new = Dict[String, Int]()
    new["b"] = 3
    new["c"] = 4
    var merged = orig | new
    print(show(merged), show(orig), show(new))
    orig.update(new)
    print(show(orig))
    var small = Dict[String, Int]()
    small["z"] = 26
    small |= new
    print(show(small), len(small))
    print(String(Dict[String, Int]() | Dict[String, Int]()))

    var found = orig.find("c")
    print(found.value(), orig.find("nope").or_else(-1), Bool(orig.find("nope")))
    print(orig.setdefault("a", 100), orig.setdefault("d", 5), orig["d"], len(orig))

    var item = orig.popitem()
    print(item.key, item.value, len(orig))
    item = orig.popitem()
    print(item.key, item.value, show(orig))
    var empty = Dict[Int, Float64]()
    try:
        _ = empty.popitem()
    except e:
        print("caught:", e)

    var ints = Dict[Int, Bool]()
    ints[3] = True
    ints[-1] = False
    print(ints.__str__(), ints.__repr__())
    var names = Dict[String, String]()
    names["it's"] = "x"
    print(names.__str__())

    var keys = List[String]()
    for i in range(3):
        keys.append(String("key", i))
    print(keys[0], keys[2], String(1, 2.5, True, "x"))
    print(String("a", "b", "c", sep=", "), String(1, 2, sep="-", end="!"), String(end="."))
