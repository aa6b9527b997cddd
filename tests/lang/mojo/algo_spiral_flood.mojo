# Grid walks on List[List[Int]]: filling a matrix in spiral order and flood-filling regions with an explicit stack.
fn grid(n: Int, m: Int, v: Int) -> List[List[Int]]:
    var g = List[List[Int]]()
    for _ in range(n):
        var row = List[Int]()
        for _ in range(m):
            row.append(v)
        g.append(row)
    return g


fn spiral(n: Int, m: Int) -> List[List[Int]]:
    var g = grid(n, m, 0)
    var top = 0
    var bottom = n - 1
    var left = 0
    var right = m - 1
    var k = 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            g[top][c] = k
            k += 1
        top += 1
        for r in range(top, bottom + 1):
            g[r][right] = k
            k += 1
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                g[bottom][c] = k
                k += 1
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                g[r][left] = k
                k += 1
            left += 1
    return g


fn flood(mut g: List[List[Int]], sr: Int, sc: Int, color: Int) -> Int:
    var old = g[sr][sc]
    if old == color:
        return 0
    var stack = List[Int](sr * 1000 + sc)
    var painted = 0
    while len(stack) > 0:
        var p = stack.pop()
        var r = p // 1000
        var c = p % 1000
        if r < 0 or r >= len(g) or c < 0 or c >= len(g[0]) or g[r][c] != old:
            continue
        g[r][c] = color
        painted += 1
        stack.append((r + 1) * 1000 + c)
        stack.append((r - 1) * 1000 + c)
        stack.append(r * 1000 + c + 1)
        stack.append(r * 1000 + c - 1)
    return painted


fn show(g: List[List[Int]]):
    for row in g:
        var line = String("")
        for x in row:
            line += (" " if x < 10 else "") + String(x) + " "
        print(line)


fn main():
    show(spiral(4, 5))
    var g = grid(5, 6, 0)
    for r in range(5):
        g[r][3] = 1
    g[2][3] = 0
    g[4][1] = 1
    g[3][0] = 1
    g[3][1] = 1
    g[3][2] = 1
    print("painted", flood(g, 0, 0, 7), flood(g, 4, 0, 5), flood(g, 0, 0, 7))
    show(g)
