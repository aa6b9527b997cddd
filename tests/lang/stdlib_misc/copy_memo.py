# deepcopy memo dictionaries: custom __deepcopy__ that uses the memo, graphs with
# shared nodes, and copying only part of a structure.
import copy

class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
    def __repr__(self):
        return f"Node({self.name} -> {[e.name for e in self.edges]})"

a, b, c = Node("a"), Node("b"), Node("c")
a.edges = [b, c]
b.edges = [c, a]
c.edges = [c]
graph = {"root": a, "all": [a, b, c]}
g2 = copy.deepcopy(graph)
print(g2["root"], g2["all"])
print(g2["root"] is g2["all"][0], g2["all"][1].edges[1] is g2["root"], g2["all"][2].edges[0] is g2["all"][2])
print(g2["root"] is a, g2["all"][2] is c)

# Pre-seeding the memo keeps chosen objects shared instead of copied.
shared_config = {"debug": True}
state = {"config": shared_config, "items": [1, 2]}
clone = copy.deepcopy(state, {id(shared_config): shared_config})
print(clone["config"] is shared_config, clone["items"] is state["items"])

class Handle:
    """Stands for a resource that must never be duplicated."""
    def __init__(self, fd):
        self.fd = fd
    def __deepcopy__(self, memo):
        return self
    def __copy__(self):
        return self

class Session:
    def __init__(self, user, handle):
        self.user = user
        self.handle = handle
        self.history = []
    def __deepcopy__(self, memo):
        new = Session.__new__(Session)
        memo[id(self)] = new
        new.user = self.user
        new.handle = self.handle
        new.history = copy.deepcopy(self.history, memo)
        return new

h = Handle(3)
s1 = Session("ann", h)
s1.history.append(["login"])
s1.history.append(s1)  # refers back to itself
s2 = copy.deepcopy(s1)
print(s2.handle is h, s2.history[1] is s2, s2.history[0] == ["login"], s2.history[0] is s1.history[0])
print(copy.copy(h) is h, copy.deepcopy([h, h])[0] is h)

memo = {}
x = [1, [2, 3]]
y = copy.deepcopy(x, memo)
z = copy.deepcopy(x[1], memo)
print(y[1] is z, len([k for k in memo if memo[k] is y]))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2], [3, 4]])
shallow, deep = copy.copy(m), copy.deepcopy(m)
m.rows[0][0] = 99
print(shallow, deep, shallow.rows is m.rows)
snapshots = [copy.deepcopy(m)]
for k in range(3):
    m.rows[1][1] += 10
    snapshots.append(copy.deepcopy(m))
print(snapshots)
