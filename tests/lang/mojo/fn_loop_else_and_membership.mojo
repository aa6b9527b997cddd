# for/while ... else, `in` on tuples (only fields of the value's type can match, as Mojo's
# Tuple.__contains__), Boolable operands of and/or, and reversed(range(...)).
@value
struct Gate:
    var open: Bool

    fn __bool__(self) -> Bool:
        return self.open


fn first_multiple(values: List[Int], k: Int) -> Int:
    var found = -1
    for v in values:
        if v[] % k == 0:
            found = v[]
            break
    else:
        print("no multiple of", k)
    return found


fn countdown(n: Int) -> Int:
    var i = n
    var steps = 0
    while i > 0:
        i -= 2
        steps += 1
        if i == 3:
            break
    else:
        print("countdown from", n, "ran out")
    return steps


def main():
    var values = List[Int](7, 9, 12, 15)
    print(first_multiple(values, 3), first_multiple(values, 5), first_multiple(values, 11))
    print(countdown(9), countdown(4), countdown(0))
    for i in range(0):
        print("never")
    else:
        print("empty range: else runs")
    var d = Dict[String, Int]()
    d["a"] = 1
    for k in d:
        if k[] == "z":
            break
    else:
        print("no z key")
    var t = (1, "two", True, 4.5)
    print(1 in t, 2 in t, "two" in t, "one" in t, True in t, False in t, 4.5 in t)
    print(True in (1, 0), 1 in (True, False), 3 in (1, 2, 3))
    var a = Optional[Int](1)
    var none = Optional[Int]()
    var g = Gate(True)
    var s = String("")
    print(a and g, a and none, none or g, s or a, g and not s)
    if a and g and not none:
        print("all three")
    for i in reversed(range(4)):
        print(i, end=" ")
    for i in reversed(range(5, 8)):
        print(i, end=" ")
    for i in reversed(range(3, 3)):
        print("never", i)
    print()
