struct Holder:
    var items: List[Int]

fn reader(l: List[Int]):
    l.append(1)
    l[0] = 2

fn main():
    var l = List[Int]()
    l.append(1.5)
    l.append("x")
    print(l[1.0])
    l["a"] = 3
    var f: List[Float64] = [1, "two"]
    var e = []
    var n = 3
    print(n[0], len(n))
    print(2.5 in l, l.sort())
    var nested: List[List[Int]]
    let fixed = [1, 2]
    fixed.append(3)
    print(l)
    l.append(1, 2)
    for x in n:
        print(x)
    var ll = [[1], [2]]
    var sized = List[Int](size=4)
    print(1 in 2)
    var ps = List[Pair]()
    print(Pair(1, 2) in ps)
    for (a, b) in ps:
        print(a)
    l[0] /= 2

@value
struct Pair:
    var a: Int
    var b: Int
