# Union-find with path compression and union by size over List[Int]; Kruskal's minimum spanning tree.
fn find(mut parent: List[Int], x: Int) -> Int:
    var root = x
    while parent[root] != root:
        root = parent[root]
    var y = x
    while parent[y] != root:
        var nxt = parent[y]
        parent[y] = root
        y = nxt
    return root


fn union(mut parent: List[Int], mut size: List[Int], a: Int, b: Int) -> Bool:
    var ra = find(parent, a)
    var rb = find(parent, b)
    if ra == rb:
        return False
    if size[ra] < size[rb]:
        var t = ra
        ra = rb
        rb = t
    parent[rb] = ra
    size[ra] += size[rb]
    return True


fn main():
    alias n = 7
    var parent = List[Int]()
    var size = List[Int]()
    for i in range(n):
        parent.append(i)
        size.append(1)
    # edges as (weight, a, b), already sorted by weight
    var edges = List[Int](1, 0, 1, 2, 1, 2, 2, 3, 4, 3, 0, 2, 4, 4, 5, 5, 2, 3, 6, 5, 6, 7, 3, 5, 8, 1, 6)
    var total = 0
    var used = String("")
    for i in range(0, len(edges), 3):
        var w = edges[i]
        var a = edges[i + 1]
        var b = edges[i + 2]
        if union(parent, size, a, b):
            total += w
            used += String(a) + "-" + String(b) + " "
    print("mst weight", total, "edges", used)
    var roots = 0
    for i in range(n):
        if find(parent, i) == i:
            roots += 1
    print("components", roots, "largest", size[find(parent, 0)])
    print(union(parent, size, 6, 0), find(parent, 6) == find(parent, 3))
