# Minimum knight moves on an 8x8 board by BFS over square indices, and a distance table from a corner.
fn knight_distances(start: Int) -> List[Int]:
    var dist = List[Int]()
    for _ in range(64):
        dist.append(-1)
    var dr = List[Int](1, 2, 2, 1, -1, -2, -2, -1)
    var dc = List[Int](2, 1, -1, -2, -2, -1, 1, 2)
    var queue = List[Int](start)
    dist[start] = 0
    var head = 0
    while head < len(queue):
        var sq = queue[head]
        head += 1
        var r = sq // 8
        var c = sq % 8
        for k in range(8):
            var nr = r + dr[k]
            var nc = c + dc[k]
            if nr >= 0 and nr < 8 and nc >= 0 and nc < 8 and dist[nr * 8 + nc] < 0:
                dist[nr * 8 + nc] = dist[sq] + 1
                queue.append(nr * 8 + nc)
    return dist


fn main():
    var d = knight_distances(0)
    for r in range(7, -1, -1):
        var line = String("")
        for c in range(8):
            line += String(d[r * 8 + c])
        print(line)
    var worst = 0
    for x in d:
        worst = max(worst, x)
    var from_center = knight_distances(3 * 8 + 3)
    var hist = List[Int](0, 0, 0, 0, 0, 0, 0)
    for x in from_center:
        hist[x] += 1
    var h = String("")
    for x in hist:
        h += String(x) + " "
    print("max", worst, "from d4:", h)
