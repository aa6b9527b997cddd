# Tic-tac-toe on a List[Int] board: win detection over the eight lines and a full minimax game from the start.
fn winner(b: List[Int]) -> Int:
    var lines = List[Int](0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 3, 6, 1, 4, 7, 2, 5, 8, 0, 4, 8, 2, 4, 6)
    for i in range(0, len(lines), 3):
        var a = b[lines[i]]
        if a != 0 and a == b[lines[i + 1]] and a == b[lines[i + 2]]:
            return a
    return 0


fn full(b: List[Int]) -> Bool:
    for x in b:
        if x == 0:
            return False
    return True


fn minimax(mut b: List[Int], player: Int, mut nodes: Int) -> Int:
    nodes += 1
    var w = winner(b)
    if w != 0:
        return w
    if full(b):
        return 0
    var best = -2 * player
    for i in range(9):
        if b[i] == 0:
            b[i] = player
            var score = minimax(b, -player, nodes)
            b[i] = 0
            if player == 1 and score > best or player == -1 and score < best:
                best = score
    return best


fn show(b: List[Int]):
    for r in range(3):
        var line = String("")
        for c in range(3):
            var v = b[r * 3 + c]
            line += "X" if v == 1 else ("O" if v == -1 else ".")
        print(line)


fn main():
    var b = List[Int](1, -1, 0, 0, 1, -1, 0, 0, 1)
    show(b)
    print("winner", winner(b))
    var board = List[Int](0, 0, 0, 0, 0, 0, 0, 0, 0)
    var player = 1
    var nodes = 0
    while winner(board) == 0 and not full(board):
        var best_move = -1
        var best_score = -2 * player
        for i in range(9):
            if board[i] == 0:
                board[i] = player
                var s = minimax(board, -player, nodes)
                board[i] = 0
                if best_move < 0 or (player == 1 and s > best_score) or (player == -1 and s < best_score):
                    best_move = i
                    best_score = s
        board[best_move] = player
        player = -player
    show(board)
    print("result", winner(board), "nodes searched", nodes)
