# Elementary cellular automata (rules 30, 90, 110) on a List[Bool] row with wrap-around neighbours.
fn step(row: List[Bool], rule: Int) -> List[Bool]:
    var n = len(row)
    var out = List[Bool]()
    for i in range(n):
        var l = 1 if row[(i - 1) % n] else 0
        var c = 1 if row[i] else 0
        var r = 1 if row[(i + 1) % n] else 0
        var idx = l * 4 + c * 2 + r
        out.append((rule >> idx) & 1 == 1)
    return out


fn render(row: List[Bool]) -> String:
    var s = String("")
    for b in row:
        s += "#" if b else "."
    return s


fn run(rule: Int, width: Int, gens: Int) -> Int:
    var row = List[Bool]()
    for i in range(width):
        row.append(i == width // 2)
    var alive = 0
    print("rule", rule)
    for _ in range(gens):
        print(render(row))
        for b in row:
            if b:
                alive += 1
        row = step(row, rule)
    return alive


fn main():
    var a = run(30, 21, 8)
    var b = run(90, 21, 8)
    var c = run(110, 21, 6)
    print("alive cells:", a, b, c)
