# Appends inside traced loops: the trace appends while the List has room and leaves for the
# interpreter when it must grow; Lists of structs and of Strings too, and a loop that reads
# back what it appended (the size it checks against changes as it goes).


@value
struct Point:
    var x: Int
    var y: Float64


fn squares(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i * i)
    return out


fn running(n: Int) -> List[Float64]:
    var out = List[Float64]()
    var total = 0.0
    for i in range(n):
        total += Float64(i) * 0.5
        out.append(total)
        if len(out) > 3 and out[len(out) - 2] > total:
            print("never")
    return out


fn points(n: Int) -> List[Point]:
    var out = List[Point]()
    for i in range(n):
        out.append(Point(i, Float64(i) / 4.0))
    return out


fn fib_list(n: Int) -> List[Int]:
    var out = List[Int]()
    out.append(0)
    out.append(1)
    while len(out) < n:
        out.append((out[len(out) - 1] + out[len(out) - 2]) % 1000000007)
    return out


fn main():
    var s = squares(3000)
    print(len(s), s[0], s[1], s[2999])
    var r = running(2000)
    print(len(r), r[0], r[1999])
    var p = points(1500)
    var sx = 0
    var sy = 0.0
    for i in range(len(p)):
        sx += p[i].x
        sy += p[i].y
    print(len(p), sx, sy)
    var f = fib_list(5000)
    print(len(f), f[10], f[4999])
    var words = List[String]()
    for i in range(500):
        words.append(String("w") if i % 2 == 0 else String("v"))
    print(len(words), words[0], words[499])
