# Breadth-first search over a small graph held in a generic adjacency struct: a Set of
# visited nodes, a List used as a queue, Dict-backed adjacency, and a generic Stack for the
# path reconstruction.


struct Stack[T: CollectionElement]:
    var items: List[T]

    fn __init__(out self):
        self.items = List[T]()

    fn push(mut self, v: T):
        self.items.append(v)

    fn pop(mut self) -> T:
        return self.items.pop()

    fn __len__(self) -> Int:
        return len(self.items)


struct Graph:
    var edges: Dict[Int, String]
    var nodes: Int

    fn __init__(out self, nodes: Int):
        self.edges = Dict[Int, String]()
        self.nodes = nodes

    fn connect(mut self, a: Int, b: Int) raises:
        var key = a * 1000 + b
        self.edges[key] = String(a) + "-" + String(b)
        self.edges[b * 1000 + a] = String(b) + "-" + String(a)

    fn linked(self, a: Int, b: Int) -> Bool:
        return (a * 1000 + b) in self.edges


fn bfs(g: Graph, start: Int, goal: Int) raises -> List[Int]:
    var visited = Set[Int](start)
    var queue = List[Int](start)
    var parent = Dict[Int, Int]()
    var head = 0
    while head < len(queue):
        var node = queue[head]
        head += 1
        if node == goal:
            break
        for nxt in range(g.nodes):
            if g.linked(node, nxt) and nxt not in visited:
                visited.add(nxt)
                parent[nxt] = node
                queue.append(nxt)
    var path = Stack[Int]()
    var at = goal
    path.push(at)
    while at != start:
        at = parent[at]
        path.push(at)
    var out = List[Int]()
    while len(path) > 0:
        out.append(path.pop())
    return out


fn main() raises:
    var g = Graph(7)
    g.connect(0, 1)
    g.connect(0, 2)
    g.connect(1, 3)
    g.connect(2, 4)
    g.connect(4, 5)
    g.connect(3, 5)
    g.connect(5, 6)
    var path = bfs(g, 0, 6)
    var text = String("")
    for i in range(len(path)):
        if i > 0:
            text += " -> "
        text += String(path[i])
    print(text)
    print(len(path), g.linked(4, 5), g.linked(1, 2))
