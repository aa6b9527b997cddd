# List's insert (indexes clamped as Python's), extend (of itself too; inner Lists copied),
# clear, reverse, index (an error when absent) and sort (Int, Float64, String).

fn show(l: List[Int]) -> String:
    var s = String("[")
    for i in range(len(l)):
        if i > 0:
            s += ", "
        s += String(l[i])
    return s + "]"


fn main() raises:
    var l = List[Int](5, 3, 9)
    l.insert(1, 7)
    l.insert(-1, 8)
    l.insert(100, 1)
    l.insert(-100, 0)
    print(show(l))
    l.sort()
    print(show(l))
    l.reverse()
    print(show(l))
    print(l.index(9), l.index(0))
    var m = List[Int](1, 2)
    m.extend(m)
    m.extend(List[Int](3))
    print(show(m))
    m.clear()
    print(len(m))
    m.append(4)
    print(show(m))
    var words = List[String]("pear", "apple", "fig")
    words.sort()
    print(words[0], words[1], words[2])
    var f = List[Float64](2.5, -1.0, 0.5)
    f.sort()
    print(f[0], f[1], f[2])
    var grid = List[List[Int]](List[Int](1), List[Int](2))
    grid.extend(grid)
    grid[2].append(9)
    print(len(grid), len(grid[0]), len(grid[2]))
    try:
        _ = l.index(42)
    except e:
        print("index failed:", e)
