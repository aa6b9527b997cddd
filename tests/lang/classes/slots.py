# __slots__: fixed attribute sets, descriptors per slot, subclasses with and without slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, type(Point.x).__name__, repr(Point.x), hasattr(p, "__dict__"))
for bad in (lambda: setattr(p, "z", 3), lambda: p.__dict__, lambda: Point.__new__(Point).x):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError:", e)
del p.y
print(hasattr(p, "y"))
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)

class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"))

class Free(Point):
    pass
f = Free(1, 2)
f.anything = "ok"
print(f.anything, f.__dict__, f.x)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only)

class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
print(Private().reveal(), "_Private__secret" in Private.__dict__)

try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class NotStr:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)

class Pair(tuple):
    __slots__ = ()
    def first(self):
        return self[0]
print(Pair((5, 6)).first())
