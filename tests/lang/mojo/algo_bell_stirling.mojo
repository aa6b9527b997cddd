# Set-partition counts: the Bell triangle, Stirling numbers of the second kind by recurrence, and their agreement.
fn bell_numbers(n: Int) -> List[Int]:
    var bells = List[Int](1)
    var row = List[Int](1)
    for _ in range(n - 1):
        var nxt = List[Int](row[-1])
        for x in row:
            nxt.append(nxt[-1] + x)
        row = nxt
        bells.append(row[0])
    return bells


fn stirling2(n: Int, k: Int) -> Int:
    var t = List[List[Int]]()
    for i in range(n + 1):
        var r = List[Int]()
        for j in range(k + 1):
            r.append(1 if i == 0 and j == 0 else 0)
        t.append(r)
    for i in range(1, n + 1):
        for j in range(1, min(i, k) + 1):
            t[i][j] = j * t[i - 1][j] + t[i - 1][j - 1]
    return t[n][k]


fn main():
    var b = bell_numbers(16)
    var line = String("")
    for x in b:
        line += String(x) + " "
    print(line)
    for n in range(1, 7):
        var row = String("")
        var total = 0
        for k in range(1, n + 1):
            var s = stirling2(n, k)
            row += String(s) + " "
            total += s
        print("S(" + String(n) + ", k):", row, "sum", total, total == b[n])
    print(stirling2(10, 3), stirling2(20, 10))
