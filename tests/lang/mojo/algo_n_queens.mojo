# N-queens by backtracking with column and diagonal flags in List[Bool]; prints the first board for n = 6.
fn solve(row: Int, n: Int, mut cols: List[Bool], mut d1: List[Bool], mut d2: List[Bool], mut placed: List[Int], mut first: List[Int]) -> Int:
    if row == n:
        if len(first) == 0:
            for c in placed:
                first.append(c)
        return 1
    var count = 0
    for c in range(n):
        if not cols[c] and not d1[row + c] and not d2[row - c + n - 1]:
            cols[c] = True
            d1[row + c] = True
            d2[row - c + n - 1] = True
            placed.append(c)
            count += solve(row + 1, n, cols, d1, d2, placed, first)
            _ = placed.pop()
            cols[c] = False
            d1[row + c] = False
            d2[row - c + n - 1] = False
    return count


fn flags(n: Int) -> List[Bool]:
    var f = List[Bool]()
    for _ in range(n):
        f.append(False)
    return f


fn queens(n: Int, mut first: List[Int]) -> Int:
    var cols = flags(n)
    var d1 = flags(2 * n)
    var d2 = flags(2 * n)
    var placed = List[Int]()
    return solve(0, n, cols, d1, d2, placed, first)


fn main():
    for n in range(1, 9):
        var first = List[Int]()
        print(n, queens(n, first))
    var board = List[Int]()
    _ = queens(6, board)
    for r in range(6):
        var line = String("")
        for c in range(6):
            line += "Q" if board[r] == c else "."
        print(line)
