# copy on class instances: __dict__, __copy__/__deepcopy__, __getstate__/__setstate__,
# __reduce__, __getnewargs__, subclasses of built-in types, exceptions.
import copy

class Point:
    def __init__(self, x, y, tags=None):
        self.x, self.y = x, y
        self.tags = tags if tags is not None else []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2, ["a"])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
p.x = 10
print(p, q, r, type(q).__name__, q.tags is p.tags, r.tags is p.tags)

class Empty:
    pass

e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)

class Counted:
    copies = 0
    def __init__(self, value):
        self.value = value
    def __copy__(self):
        Counted.copies += 1
        return Counted(self.value)
    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted(copy.deepcopy(self.value, memo))

c = Counted([1, 2])
c1, c2 = copy.copy(c), copy.deepcopy(c)
print(Counted.copies, c1.value is c.value, c2.value == c.value, c2.value is c.value)
holder = copy.deepcopy({"one": c, "two": c})
print(holder["one"] is holder["two"], Counted.copies)

class Stateful:
    def __init__(self, name):
        self.name = name
        self.cache = {"expensive": True}
    def __getstate__(self):
        print("getstate", self.name)
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = {}

s = Stateful("svc")
s1 = copy.copy(s)
s2 = copy.deepcopy(s)
print(s1.name, s1.cache, s2.name, s2.cache)

class Reduced:
    def __init__(self, a, b):
        print("init", a, b)
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))

rr = copy.deepcopy(Reduced([1], "z"))
print(rr.a, rr.b)

class Singleton:
    def __reduce__(self):
        return "Singleton"

one = Singleton()
print(copy.copy(one) is one, copy.deepcopy(one) is one)

class NewArgs:
    def __new__(cls, size):
        print("new", size)
        self = super().__new__(cls)
        self.size = size
        return self
    def __getnewargs__(self):
        return (self.size,)

na = copy.copy(NewArgs(3))
print(na.size)

class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.label = "mine"

ml = MyList([1, [2]])
mc, md = copy.copy(ml), copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.label, mc[1] is ml[1], md, md[1] is ml[1], md.label)

class MyDict(dict):
    pass

mdict = MyDict(a=[1])
mdict.extra = 5
mdc = copy.deepcopy(mdict)
print(type(mdc).__name__, mdc, mdc.extra, mdc["a"] is mdict["a"])

class MyStr(str):
    def describe(self):
        return f"<{self}>"

ms = copy.deepcopy(MyStr("hey"))
print(type(ms).__name__, ms.describe())

class MyTuple(tuple):
    pass

mt = copy.deepcopy(MyTuple([1, [2]]))
print(type(mt).__name__, mt)

class MySet(set):
    pass

mset = copy.copy(MySet([3, 1]))
print(type(mset).__name__, sorted(mset))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

err = AppError(404, "not found")
err.note = "extra"
ec = copy.copy(err)
ed = copy.deepcopy(err)
print(type(ec).__name__, ec.args, ec.code, ec.note, ed.args, str(ed))
ve = copy.deepcopy(ValueError("bad", 3))
print(repr(ve))

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for child in self.children:
            child.parent = self

root = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0].children[0].parent.parent is clone)
print(clone is root, clone.children[1].value, clone.children[0].children[0].value)

class Bound:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)

b = Bound()
adder = copy.deepcopy(b.add)
adder(5)
print(b.items, adder.__self__.items, adder.__self__ is b)
obj = copy.copy(object())
print(type(obj).__name__)
print(copy.copy(Point), copy.deepcopy(Point) is Point)
