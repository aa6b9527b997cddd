# Dijkstra's shortest paths on a weighted adjacency matrix (List[List[Int]], 0 = no edge), with path rebuild.
alias INF = 1 << 60


fn dijkstra(w: List[List[Int]], src: Int) -> (List[Int], List[Int]):
    var n = len(w)
    var dist = List[Int]()
    var prev = List[Int]()
    var done = List[Bool]()
    for _ in range(n):
        dist.append(INF)
        prev.append(-1)
        done.append(False)
    dist[src] = 0
    for _ in range(n):
        var u = -1
        for i in range(n):
            if not done[i] and (u < 0 or dist[i] < dist[u]):
                u = i
        if dist[u] == INF:
            break
        done[u] = True
        for v in range(n):
            if w[u][v] > 0 and dist[u] + w[u][v] < dist[v]:
                dist[v] = dist[u] + w[u][v]
                prev[v] = u
    return dist, prev


fn route(prev: List[Int], t: Int) -> String:
    var s = String(t)
    var v = prev[t]
    while v >= 0:
        s = String(v) + ">" + s
        v = prev[v]
    return s


fn main():
    var w = List[List[Int]](
        List[Int](0, 7, 9, 0, 0, 14, 0),
        List[Int](7, 0, 10, 15, 0, 0, 0),
        List[Int](9, 10, 0, 11, 0, 2, 0),
        List[Int](0, 15, 11, 0, 6, 0, 0),
        List[Int](0, 0, 0, 6, 0, 9, 0),
        List[Int](14, 0, 2, 0, 9, 0, 0),
        List[Int](0, 0, 0, 0, 0, 0, 0),
    )
    dist, prev = dijkstra(w, 0)
    for v in range(len(w)):
        if dist[v] == INF:
            print(v, "unreachable")
        else:
            print(v, dist[v], route(prev, v))
    var d3 = dijkstra(w, 3)
    print(d3[0][0], d3[0][5], route(d3[1], 0))
