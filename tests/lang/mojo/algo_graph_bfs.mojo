# Breadth-first search on an adjacency list (List[List[Int]]): distances, parents, a path and components.
fn add_edge(mut g: List[List[Int]], a: Int, b: Int):
    g[a].append(b)
    g[b].append(a)


fn bfs(g: List[List[Int]], start: Int) -> (List[Int], List[Int]):
    var dist = List[Int]()
    var parent = List[Int]()
    for _ in range(len(g)):
        dist.append(-1)
        parent.append(-1)
    var queue = List[Int](start)
    dist[start] = 0
    var head = 0
    while head < len(queue):
        var u = queue[head]
        head += 1
        for v in g[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                parent[v] = u
                queue.append(v)
    return dist, parent


fn path_to(parent: List[Int], target: Int) -> String:
    var s = String(target)
    var v = parent[target]
    while v >= 0:
        s = String(v) + "-" + s
        v = parent[v]
    return s


fn main():
    var g = List[List[Int]]()
    for _ in range(10):
        g.append(List[Int]())
    add_edge(g, 0, 1)
    add_edge(g, 0, 2)
    add_edge(g, 1, 3)
    add_edge(g, 2, 3)
    add_edge(g, 3, 4)
    add_edge(g, 4, 5)
    add_edge(g, 2, 6)
    add_edge(g, 7, 8)
    dist, parent = bfs(g, 0)
    var line = String("")
    for d in dist:
        line += String(d) + " "
    print(line)
    print(path_to(parent, 5), path_to(parent, 6), path_to(parent, 0))
    var comp = List[Int]()
    for _ in range(len(g)):
        comp.append(-1)
    var ncomp = 0
    for s in range(len(g)):
        if comp[s] < 0:
            var r = bfs(g, s)
            for v in range(len(g)):
                if r[0][v] >= 0:
                    comp[v] = ncomp
            ncomp += 1
    print("components", ncomp, comp[8], comp[9], len(g[3]))
