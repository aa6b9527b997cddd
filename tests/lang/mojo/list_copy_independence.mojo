# Lists are values: assignment, owned arguments and nested lists copy; ^ transfers; mut arguments alias.
fn append_owned(owned items: List[Int], x: Int) -> List[Int]:
    items.append(x)
    return items^


fn append_in_place(mut items: List[Int], x: Int):
    items.append(x)


fn total(rows: List[List[Int]]) -> Int:
    var t = 0
    for r in rows:
        for x in r:
            t += x
    return t


fn main():
    var a = List[Int](1, 2, 3)
    var b = a
    b[0] = 100
    b.append(4)
    print(len(a), a[0], len(b), b[0])
    var c = append_owned(a, 9)
    print(len(a), len(c), c[-1])
    append_in_place(a, 7)
    print(len(a), a[-1])
    var moved = append_owned(a^, 5)
    print(len(moved), moved[-1], moved[-2])
    var grid = List[List[Int]](List[Int](1, 2), List[Int](3, 4))
    var copy = grid
    copy[0][0] = 50
    copy[1].append(5)
    print(total(grid), total(copy), len(grid[1]), len(copy[1]))
    var row = grid[1]
    row[0] = -3
    print(grid[1][0], row[0])
    var names = List[String]("x", "y")
    var names2 = names.copy()
    names2[0] += "!"
    print(names[0], names2[0], "y" in names2, "x!" in names)
