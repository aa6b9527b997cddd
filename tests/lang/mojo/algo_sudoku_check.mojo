# Validating Sudoku grids given as Strings of 81 digits: rows, columns and boxes checked with Bool flags.
fn cell(grid: String, r: Int, c: Int) raises -> Int:
    return Int(grid[r * 9 + c])


fn group_ok(grid: String, cells: List[Int]) raises -> Bool:
    var seen = List[Bool](False, False, False, False, False, False, False, False, False, False)
    for i in cells:
        var v = Int(grid[i])
        if v == 0:
            continue
        if seen[v]:
            return False
        seen[v] = True
    return True


fn validate(grid: String) raises -> String:
    if len(grid) != 81:
        return "bad length " + String(len(grid))
    for k in range(9):
        var row = List[Int]()
        var col = List[Int]()
        var box = List[Int]()
        for j in range(9):
            row.append(k * 9 + j)
            col.append(j * 9 + k)
            box.append(((k // 3) * 3 + j // 3) * 9 + (k % 3) * 3 + j % 3)
        if not group_ok(grid, row):
            return "row " + String(k) + " repeats"
        if not group_ok(grid, col):
            return "column " + String(k) + " repeats"
        if not group_ok(grid, box):
            return "box " + String(k) + " repeats"
    var blanks = 0
    for i in range(81):
        if grid[i] == "0":
            blanks += 1
    return "valid, " + String(blanks) + " blanks"


fn main() raises:
    var solved = "534678912672195348198342567859761423426853791713924856961537284287419635345286179"
    var puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079"
    print(validate(solved))
    print(validate(puzzle))
    print(validate(puzzle.replace("53007", "53005")))
    print(validate("5" + solved[1:9] + "5" + solved[10:]))
    print(validate(solved[:80]))
    var bad_box = solved[:10] + "5" + solved[11:]
    print(validate(bad_box))
    print(cell(solved, 8, 8), cell(puzzle, 4, 0))
