# Odd-order magic squares by the Siamese method, verified by row, column and diagonal sums.
fn magic(n: Int) -> List[List[Int]]:
    var sq = List[List[Int]]()
    for _ in range(n):
        var row = List[Int]()
        for _ in range(n):
            row.append(0)
        sq.append(row)
    var r = 0
    var c = n // 2
    for k in range(1, n * n + 1):
        sq[r][c] = k
        var nr = (r - 1) % n
        var nc = (c + 1) % n
        if sq[nr][nc] != 0:
            nr = (r + 1) % n
            nc = c
        r = nr
        c = nc
    return sq


fn is_magic(sq: List[List[Int]]) -> Bool:
    var n = len(sq)
    var target = n * (n * n + 1) // 2
    var d1 = 0
    var d2 = 0
    for i in range(n):
        var rs = 0
        var cs = 0
        for j in range(n):
            rs += sq[i][j]
            cs += sq[j][i]
        if rs != target or cs != target:
            return False
        d1 += sq[i][i]
        d2 += sq[i][n - 1 - i]
    return d1 == target and d2 == target


fn main():
    for n in List[Int](3, 5):
        var sq = magic(n)
        for row in sq:
            var line = String("")
            for x in row:
                line += (" " if x < 10 else "") + String(x) + " "
            print(line)
        print("n =", n, "magic:", is_magic(sq), "constant", n * (n * n + 1) // 2)
    print(is_magic(magic(7)), is_magic(magic(9)))
    var broken = magic(3)
    broken[0][0] += 1
    print(is_magic(broken))
