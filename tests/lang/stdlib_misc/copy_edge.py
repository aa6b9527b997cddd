import copy

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

# immutables come back as themselves
for v in [1, 2.5, "s", b"b", None, (1, 2), frozenset([1]), range(3), len, True, 3j]:
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)

# cycles
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
d = {"self": None}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e)
x = [1, 2]
y = [x, x, (x,)]
z = copy.deepcopy(y)
print(z[0] is z[1], z[2][0] is z[0], z[0] is not x)

class Node:
    def __init__(self, name):
        self.name = name
        self.peers = []
n1, n2 = Node("a"), Node("b")
n1.peers.append(n2)
n2.peers.append(n1)
m1 = copy.deepcopy(n1)
print(m1.name, m1.peers[0].name, m1.peers[0].peers[0] is m1)
s1 = copy.copy(n1)
print(s1.peers is n1.peers, s1 is not n1)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + ["shallow"])
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ["deep"])
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
print(copy.deepcopy([c, c])[0].v)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))

class WithState:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        return {"x": self.x * 10}
    def __setstate__(self, st):
        self.x = st["x"] + 1
print(copy.copy(WithState()).x, copy.deepcopy(WithState()).x)

class Sub(list):
    pass
sub = Sub([1, [2]])
sub.tag = "t"
sc = copy.deepcopy(sub)
print(type(sc).__name__, sc, sc.tag, sc[1] is not sub[1])
dd = copy.copy({"k": [1]})
print(dd, dd["k"] is not None)
memo = {}
lst = [1, 2]
r = copy.deepcopy([lst], memo)
print(id(lst) in memo, memo[id(lst)] == lst)

def gen():
    yield 1
show("gen copy", lambda: copy.copy(gen()))
show("gen deepcopy", lambda: copy.deepcopy(gen()))
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
