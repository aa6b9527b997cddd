# Gaussian elimination with partial pivoting on List[List[Float64]]: solving Ax = b and computing determinants.
fn solve(a_in: List[List[Float64]], b_in: List[Float64]) raises -> List[Float64]:
    var a = a_in
    var b = b_in
    var n = len(a)
    for col in range(n):
        var pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if abs(a[pivot][col]) < 1e-12:
            raise Error("singular matrix at column " + String(col))
        if pivot != col:
            var tmp = a[col]
            a[col] = a[pivot]
            a[pivot] = tmp
            var tb = b[col]
            b[col] = b[pivot]
            b[pivot] = tb
        for r in range(col + 1, n):
            var f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
            b[r] -= f * b[col]
    var x = List[Float64]()
    for _ in range(n):
        x.append(0.0)
    for r in range(n - 1, -1, -1):
        var s = b[r]
        for c in range(r + 1, n):
            s -= a[r][c] * x[c]
        x[r] = s / a[r][r]
    return x


fn det(a_in: List[List[Float64]]) -> Float64:
    var a = a_in
    var n = len(a)
    var d: Float64 = 1
    for col in range(n):
        var pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if a[pivot][col] == 0:
            return 0
        if pivot != col:
            var tmp = a[col]
            a[col] = a[pivot]
            a[pivot] = tmp
            d = -d
        d *= a[col][col]
        for r in range(col + 1, n):
            var f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
    return d


fn main() raises:
    var a = List[List[Float64]](List[Float64](2, 1, -1), List[Float64](-3, -1, 2), List[Float64](-2, 1, 2))
    var b = List[Float64](8, -11, -3)
    var x = solve(a, b)
    print(x[0], x[1], x[2])
    print(det(a), a[0][0], b[0])
    var sing = List[List[Float64]](List[Float64](1, 2), List[Float64](2, 4))
    print(det(sing))
    try:
        _ = solve(sing, List[Float64](1, 2))
    except e:
        print("error:", e)
    var h = List[List[Float64]]()
    for i in range(4):
        var row = List[Float64]()
        for j in range(4):
            row.append(1.0 / Float64(i + j + 1))
        h.append(row)
    print(det(h))
