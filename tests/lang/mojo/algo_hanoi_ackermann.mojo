# Classic recursion: Towers of Hanoi (move list and counts through `mut` arguments) and small Ackermann values.
fn hanoi(n: Int, src: String, dst: String, via: String, mut moves: Int, mut log: String):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves, log)
    moves += 1
    if moves <= 7:
        log += src + dst + " "
    hanoi(n - 1, via, dst, src, moves, log)


fn ackermann(m: Int, n: Int) -> Int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


fn main():
    for n in range(1, 11, 3):
        var moves = 0
        var log = String("")
        hanoi(n, "A", "C", "B", moves, log)
        print(n, moves, log)
    var line = String("")
    for m in range(4):
        for n in range(4):
            line += String(ackermann(m, n)) + " "
        line += "| "
    print(line)
    print(ackermann(3, 6))
