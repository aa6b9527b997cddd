# Matrices as List[List[Int]]: identity, multiply, transpose, power by squaring (Fibonacci).
fn zeros(n: Int, m: Int) -> List[List[Int]]:
    var rows = List[List[Int]]()
    for _ in range(n):
        var row = List[Int]()
        for _ in range(m):
            row.append(0)
        rows.append(row)
    return rows


fn identity(n: Int) -> List[List[Int]]:
    var r = zeros(n, n)
    for i in range(n):
        r[i][i] = 1
    return r


fn matmul(a: List[List[Int]], b: List[List[Int]]) -> List[List[Int]]:
    var r = zeros(len(a), len(b[0]))
    for i in range(len(a)):
        for j in range(len(b[0])):
            var s = 0
            for k in range(len(b)):
                s += a[i][k] * b[k][j]
            r[i][j] = s
    return r


fn transpose(a: List[List[Int]]) -> List[List[Int]]:
    var r = zeros(len(a[0]), len(a))
    for i in range(len(a)):
        for j in range(len(a[0])):
            r[j][i] = a[i][j]
    return r


fn power(m: List[List[Int]], e: Int) -> List[List[Int]]:
    var result = identity(len(m))
    var base = m
    var k = e
    while k > 0:
        if k % 2 == 1:
            result = matmul(result, base)
        base = matmul(base, base)
        k //= 2
    return result


fn show(m: List[List[Int]]):
    for row in m:
        var line = String("")
        for j in range(len(row)):
            if j > 0:
                line += " "
            line += String(row[j])
        print(line)


fn main():
    var a = List[List[Int]](List[Int](1, 2, 3), List[Int](4, 5, 6))
    var b = transpose(a)
    show(b)
    show(matmul(a, b))
    show(matmul(b, a))
    var f = List[List[Int]](List[Int](1, 1), List[Int](1, 0))
    var f30 = power(f, 30)
    print("F30 =", f30[0][1], "F31 =", f30[0][0])
    print(f[0][0], f[1][1])
