"""Classic graph algorithms over two graph kinds: search, shortest paths,
topological order, components, spanning trees; results checked against
each other."""
import heapq
import itertools
from collections import deque, Counter
from functools import reduce

from _graph_core import BaseGraph, CycleError, Digraph, Grid, GraphError, is_mapping


def bfs_order(graph, start):
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        yield node
        for nxt, _ in graph.neighbours(node):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)


def dfs_order(graph, start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    yield start
    for nxt, _ in graph.neighbours(start):
        if nxt not in seen:
            yield from dfs_order(graph, nxt, seen)


def dijkstra(graph, start):
    dist = {start: 0}
    prev = {}
    tie = itertools.count()
    heap = [(0, next(tie), start)]
    done = set()
    while heap:
        d, _, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, weight in graph.neighbours(node):
            nd = d + weight
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, next(tie), nxt))
    return dist, prev


def path_to(prev, start, goal):
    path = [goal]
    while path[-1] != start:
        if path[-1] not in prev:
            return None
        path.append(prev[path[-1]])
    return path[::-1]


def bellman_ford(graph, start):
    dist = {node: float("inf") for node in graph}
    dist[start] = 0
    for _ in range(len(dist) - 1):
        changed = False
        for node in graph:
            for nxt, weight in graph.neighbours(node):
                if dist[node] + weight < dist[nxt]:
                    dist[nxt] = dist[node] + weight
                    changed = True
        if not changed:
            break
    return dist


def topo_sort(graph):
    state = {}
    order = []

    def visit(node, stack):
        mark = state.get(node)
        if mark == "done":
            return
        if mark == "active":
            raise CycleError(stack[stack.index(node):] + [node])
        state[node] = "active"
        for nxt, _ in graph.neighbours(node):
            visit(nxt, stack + [node])
        state[node] = "done"
        order.append(node)

    for node in graph:
        visit(node, [])
    return order[::-1]


def strongly_connected(graph):
    """Kosaraju: finish order on the graph, then sweep the reversed graph."""
    finished, seen = [], set()

    def fill(node):
        seen.add(node)
        for nxt, _ in graph.neighbours(node):
            if nxt not in seen:
                fill(nxt)
        finished.append(node)

    for node in graph:
        if node not in seen:
            fill(node)
    back = graph.reversed()
    assigned = set()
    components = []
    for node in reversed(finished):
        if node in assigned:
            continue
        comp = [n for n in dfs_order(back, node, set(assigned))]
        assigned.update(comp)
        components.append(sorted(comp))
    return sorted(components, key=lambda c: (-len(c), c))


class DisjointSet:
    __slots__ = ("parent", "rank")

    def __init__(self, items):
        self.parent = {item: item for item in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, item):
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True


def kruskal(nodes, edges):
    sets = DisjointSet(nodes)
    tree = [(w, a, b) for w, a, b in sorted(edges) if sets.union(a, b)]
    return tree, sum(w for w, _, _ in tree)


def prim(nodes, edges):
    adj = {n: [] for n in nodes}
    for w, a, b in edges:
        adj[a].append((w, a, b))
        adj[b].append((w, b, a))
    start = min(nodes)
    visited = {start}
    heap = list(adj[start])
    heapq.heapify(heap)
    total = 0
    while heap and len(visited) < len(nodes):
        w, a, b = heapq.heappop(heap)
        if b in visited:
            continue
        visited.add(b)
        total += w
        for edge in adj[b]:
            if edge[2] not in visited:
                heapq.heappush(heap, edge)
    return total


CITY_EDGES = [
    ("amber", "birch", 7), ("amber", "cedar", 9), ("amber", "fir", 14),
    ("birch", "cedar", 10), ("birch", "dune", 15), ("cedar", "dune", 11),
    ("cedar", "fir", 2), ("dune", "elm", 6), ("fir", "elm", 9), ("fir", "grove", 3),
    ("grove", "elm", 1), ("hollow", "amber", 4),
]

MAZE = """
#############
#S..#....2..#
#.#.#.##.##.#
#.#...#...#.#
#.#####.#.#.#
#...9...#..E#
#############
"""


def section(title):
    print()
    print(f"== {title} " + "=" * (44 - len(title)))


def main():
    city = Digraph(CITY_EDGES)
    print(repr(city), isinstance(city, BaseGraph), "fir" in city, "zinc" in city)
    print("degrees:", city.degree_table())
    section("traversal")
    print("bfs:", " ".join(bfs_order(city, "amber")))
    print("dfs:", " ".join(dfs_order(city, "amber")))
    print("unreachable from amber:", sorted(set(city) - set(bfs_order(city, "amber"))))
    section("shortest paths")
    dist, prev = dijkstra(city, "amber")
    bf = bellman_ford(city, "amber")
    for node in sorted(city, key=lambda n: (bf[n], n)):
        path = path_to(prev, "amber", node)
        shown = " > ".join(path) if path else "-"
        print(f"  {node:<7} {bf[node]!s:>4}  {shown}")
    print("dijkstra agrees:", all(dist.get(n, float("inf")) == bf[n] for n in city))
    section("topological order")
    print(" < ".join(topo_sort(city)))
    city.add_edge("elm", "cedar", 5)
    try:
        topo_sort(city)
    except CycleError as exc:
        print("CycleError:", exc, "| length", len(exc.cycle) - 1, "| GraphError?", isinstance(exc, GraphError))
    try:
        city.add_edge("x", "y", -3)
    except ValueError as exc:
        print(type(exc).__name__, exc)
    section("strongly connected")
    for comp in strongly_connected(city):
        print(f"  {len(comp)}: {', '.join(comp)}")
    section("spanning trees")
    nodes = sorted({n for a, b, _ in CITY_EDGES for n in (a, b)})
    undirected = [(w, a, b) for a, b, w in CITY_EDGES]
    tree, total = kruskal(nodes, undirected)
    for w, a, b in tree:
        print(f"  {a:>7} -- {b:<7} {w:3d}")
    print(f"kruskal total {total}, prim total {prim(nodes, undirected)}")
    section("maze")
    grid = Grid(MAZE)
    start, goal = grid.marks["S"], grid.marks["E"]
    print(f"{grid.width}x{grid.height}, open cells {len(grid.nodes())}, marks {sorted(grid.marks.items())}")
    dist, prev = dijkstra(grid, start)
    path = path_to(prev, start, goal)
    print(f"cheapest cost {dist[goal]}, {len(path) - 1} steps")
    print(grid.render(path))
    steps = Counter((b[0] - a[0], b[1] - a[1]) for a, b in zip(path, path[1:]))
    names = {(0, 1): "E", (1, 0): "S", (0, -1): "W", (-1, 0): "N"}
    print("moves:", ", ".join(f"{names[d]}={n}" for d, n in sorted(steps.items(), key=lambda kv: names[kv[0]])))
    hops = {node: i for i, node in enumerate(bfs_order(grid, start))}
    print("bfs reaches", len(hops), "cells; goal is visit #", hops[goal])
    far = max(dist.items(), key=lambda kv: (kv[1], kv[0]))
    print("farthest cell", far, "mapping?", is_mapping(dist), is_mapping(path))
    section("summary")
    weights = [w for _, _, w in CITY_EDGES]
    print("weights:", sorted(weights), "sum", reduce(lambda a, b: a + b, weights))
    pairs = list(itertools.combinations(sorted(bf), 2))
    closest = min(pairs, key=lambda p: (abs(bf[p[0]] - bf[p[1]]), p))
    print(f"{len(pairs)} pairs; closest by distance {closest}")


if __name__ == "__main__":
    main()
