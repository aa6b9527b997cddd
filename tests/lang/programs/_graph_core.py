"""Graph containers: an abstract base, a directed weighted graph and a grid maze."""
import abc
from collections import defaultdict
from collections.abc import Iterable, Mapping


class GraphError(ValueError):
    pass


class CycleError(GraphError):
    def __init__(self, cycle):
        super().__init__("cycle: " + " -> ".join(map(str, cycle)))
        self.cycle = cycle


class BaseGraph(abc.ABC, Iterable):
    @abc.abstractmethod
    def neighbours(self, node):
        """Yield (neighbour, weight) pairs."""

    @abc.abstractmethod
    def nodes(self):
        ...

    def __iter__(self):
        return iter(self.nodes())

    def __contains__(self, node):
        return node in set(self.nodes())

    def degree_table(self):
        return {node: sum(1 for _ in self.neighbours(node)) for node in self.nodes()}


class Digraph(BaseGraph):
    def __init__(self, edges=()):
        self._adj = defaultdict(dict)
        self._order = []
        for edge in edges:
            self.add_edge(*edge)

    def _touch(self, node):
        if node not in self._adj:
            self._adj[node]
            self._order.append(node)

    def add_edge(self, src, dst, weight=1):
        if weight < 0:
            raise GraphError(f"negative weight {weight} on {src}->{dst}")
        self._touch(src)
        self._touch(dst)
        self._adj[src][dst] = weight
        return self

    def neighbours(self, node):
        yield from self._adj[node].items()

    def nodes(self):
        return list(self._order)

    def reversed(self):
        back = Digraph()
        for node in self._order:
            back._touch(node)
        for src in self._order:
            for dst, weight in self._adj[src].items():
                back.add_edge(dst, src, weight)
        return back

    def __len__(self):
        return len(self._order)

    def __repr__(self):
        edges = sum(len(v) for v in self._adj.values())
        return f"<Digraph {len(self)} nodes, {edges} edges>"


class Grid(BaseGraph):
    """A maze from text: '#' walls, digits are costs, anything else costs 1."""

    MOVES = ((0, 1), (1, 0), (0, -1), (-1, 0))

    def __init__(self, text):
        self.rows = [line for line in text.strip("\n").splitlines()]
        self.height = len(self.rows)
        self.width = max(map(len, self.rows))
        self.marks = {ch: (r, c) for r, row in enumerate(self.rows)
                      for c, ch in enumerate(row) if ch.isalpha()}

    def cell(self, pos):
        r, c = pos
        if 0 <= r < self.height and 0 <= c < len(self.rows[r]):
            return self.rows[r][c]
        return "#"

    def nodes(self):
        return [(r, c) for r in range(self.height) for c in range(self.width)
                if self.cell((r, c)) != "#"]

    def neighbours(self, node):
        r, c = node
        for dr, dc in self.MOVES:
            nxt = (r + dr, c + dc)
            ch = self.cell(nxt)
            if ch != "#":
                yield nxt, int(ch) if ch.isdigit() else 1

    def render(self, path=()):
        on_path = set(path)
        out = []
        for r, row in enumerate(self.rows):
            out.append("".join("*" if (r, c) in on_path and ch not in self.marks else ch
                               for c, ch in enumerate(row)))
        return "\n".join(out)


def is_mapping(obj):
    return isinstance(obj, Mapping)
