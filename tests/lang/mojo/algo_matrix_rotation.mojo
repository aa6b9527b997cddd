# In-place rotations and flips of a square List[List[Int]]: transpose + row reversal, layer-by-layer rotation.
fn square(n: Int) -> List[List[Int]]:
    var m = List[List[Int]]()
    for r in range(n):
        var row = List[Int]()
        for c in range(n):
            row.append(r * n + c + 1)
        m.append(row)
    return m


fn rotate_transpose(mut m: List[List[Int]]):
    var n = len(m)
    for r in range(n):
        for c in range(r + 1, n):
            var t = m[r][c]
            m[r][c] = m[c][r]
            m[c][r] = t
    for r in range(n):
        for c in range(n // 2):
            var t = m[r][c]
            m[r][c] = m[r][n - 1 - c]
            m[r][n - 1 - c] = t


fn rotate_layers(mut m: List[List[Int]]):
    var n = len(m)
    for layer in range(n // 2):
        var first = layer
        var last = n - 1 - layer
        for i in range(first, last):
            var off = i - first
            var top = m[first][i]
            m[first][i] = m[last - off][first]
            m[last - off][first] = m[last][last - off]
            m[last][last - off] = m[i][last]
            m[i][last] = top


fn show(m: List[List[Int]]):
    for row in m:
        var line = String("")
        for x in row:
            line += (" " if x < 10 else "") + String(x) + " "
        print(line)


fn same(a: List[List[Int]], b: List[List[Int]]) -> Bool:
    for r in range(len(a)):
        for c in range(len(a)):
            if a[r][c] != b[r][c]:
                return False
    return True


fn main():
    var a = square(4)
    rotate_transpose(a)
    show(a)
    var b = square(4)
    rotate_layers(b)
    print("methods agree:", same(a, b))
    var c = square(5)
    for _ in range(4):
        rotate_layers(c)
    print("four turns is identity:", same(c, square(5)))
    var d = square(3)
    rotate_transpose(d)
    rotate_transpose(d)
    show(d)
