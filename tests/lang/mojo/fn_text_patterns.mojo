# Nested loops drawing text patterns: a right triangle, a diamond, a multiplication table, a checkerboard.
fn repeat(s: String, n: Int) -> String:
    var out = String("")
    for _ in range(n):
        out += s
    return out


fn pad(n: Int, width: Int) -> String:
    var s = String(n)
    return repeat(" ", width - len(s)) + s


fn main():
    for i in range(1, 5):
        print(repeat("*", i))
    alias size = 4
    for i in range(-size + 1, size):
        var k = size - abs(i)
        print(repeat(" ", size - k) + repeat("*", 2 * k - 1))
    for r in range(1, 6):
        var line = String("")
        for c in range(1, 6):
            line += pad(r * c, 4)
        print(line)
    for r in range(3):
        var line = String("")
        for c in range(8):
            line += "#" if (r + c) % 2 == 0 else "."
        print(line)
