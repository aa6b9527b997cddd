# Impartial games: Nim positions by XOR, Grundy numbers of a subtraction game, and the winning first move.
fn mex(values: List[Int]) -> Int:
    var m = 0
    while m in values:
        m += 1
    return m


fn grundy_table(limit: Int, moves: List[Int]) -> List[Int]:
    var g = List[Int]()
    for n in range(limit + 1):
        var reach = List[Int]()
        for mv in moves:
            if mv <= n:
                reach.append(g[n - mv])
        g.append(mex(reach))
    return g


fn nim_move(heaps: List[Int]) -> String:
    var x = 0
    for h in heaps:
        x ^= h
    if x == 0:
        return "losing position"
    for i in range(len(heaps)):
        var target = heaps[i] ^ x
        if target < heaps[i]:
            return "take " + String(heaps[i] - target) + " from heap " + String(i)
    return "unreachable"


fn main():
    print(nim_move(List[Int](3, 4, 5)), "|", nim_move(List[Int](1, 2, 3)), "|", nim_move(List[Int](7, 7, 1)))
    var g = grundy_table(20, List[Int](1, 3, 4))
    var line = String("")
    for v in g:
        line += String(v)
    print(line)
    var losing = String("")
    for n in range(len(g)):
        if g[n] == 0:
            losing += String(n) + " "
    print("losing starts:", losing)
    var g2 = grundy_table(12, List[Int](2, 5))
    var combined = g[10] ^ g2[12]
    print(g[10], g2[12], "sum game first player", "wins" if combined != 0 else "loses")
