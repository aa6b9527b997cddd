# List[List[T]] is a value all the way down: copies are deep, element writes go in place.
fn total(grid: List[List[Int]]) -> Int:
    var sum = 0
    for i in range(len(grid)):
        for j in range(len(grid[i])):
            sum += grid[i][j]
    return sum


fn bump(mut grid: List[List[Int]]):
    grid[0][0] += 100
    grid.append(List[Int](7, 8, 9))


fn transpose(grid: List[List[Int]]) -> List[List[Int]]:
    var out = List[List[Int]]()
    for j in range(len(grid[0])):
        var row = List[Int]()
        for i in range(len(grid)):
            row.append(grid[i][j])
        out.append(row^)
    return out


fn main():
    var grid = List[List[Int]](List[Int](1, 2, 3), List[Int](4, 5, 6))
    print(total(grid), len(grid), len(grid[1]))
    var copy = grid
    copy[1][1] = 50
    var row = grid[0]
    row[2] = 30
    print(grid[1][1], copy[1][1], grid[0][2], row[2])
    bump(grid)
    print(grid[0][0], len(grid), grid[2][1])
    var t = transpose(grid)
    print(len(t), len(t[0]), t[0][0], t[2][1])
    var words = List[List[String]]()
    words.append(List[String]("a", "b"))
    words[0].append("c")
    print(len(words[0]), words[0][2])
    var nested = List[List[List[Int]]]()
    nested.append(grid)
    nested[0][0][0] = -1
    print(nested[0][0][0], grid[0][0])
    var a = List[Int](1, 2)
    var literal = [a, a]
    literal[0][0] = 10
    print(a[0], literal[0][0], literal[1][0])
