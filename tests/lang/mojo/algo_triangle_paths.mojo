# Maximum top-to-bottom path through a number triangle (bottom-up DP on a List[List[Int]]) and the path itself.
fn build(rows: Int) -> List[List[Int]]:
    var t = List[List[Int]]()
    var x = 29
    for r in range(rows):
        var row = List[Int]()
        for _ in range(r + 1):
            x = (x * 31 + 17) % 101
            row.append(x)
        t.append(row)
    return t


fn main():
    var t = build(8)
    for row in t:
        var line = String("")
        for v in row:
            line += (" " if v < 10 else "") + (" " if v < 100 else "") + String(v) + " "
        print(line)
    var best = t[len(t) - 1].copy()
    var choice = List[List[Int]]()
    for _ in range(len(t)):
        choice.append(List[Int]())
    for r in range(len(t) - 2, -1, -1):
        var nxt = List[Int]()
        for c in range(r + 1):
            var left = best[c]
            var right = best[c + 1]
            nxt.append(t[r][c] + max(left, right))
            choice[r].append(0 if left >= right else 1)
        best = nxt
    var path = String(t[0][0])
    var c = 0
    for r in range(len(t) - 1):
        c += choice[r][c]
        path += " + " + String(t[r + 1][c])
    print("max", best[0], "=", path)
