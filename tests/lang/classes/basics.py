class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def helper(a):
        return a * 2

p = Point(1, 2) + Point(3, 4)
print(p, p.norm2, Point.origin(), Point.helper(21), Point.count, Point.__doc__)
print(p == Point(4, 6), p != Point(4, 6))
class P3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return "P3" + super().__repr__() + str(self.z)
q = P3(1, 2, 3)
print(q, isinstance(q, Point), P3.__mro__, q.__dict__)
print(type(q).__name__, P3.__qualname__, P3.__module__)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 42)
except E as e:
    print("caught", e, e.code, e.args)
class L(list):
    def total(self):
        return sum(self)
l = L([1,2,3])
l.append(4)
print(l, l.total(), len(l), type(l))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d.get("zz"))
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(4)), [x*x for x in It(3)])
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['added'] = 1
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.added, type(WithMeta).__name__)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class DD(B, C):
    def f(self): return "D" + super().f()
print(DD().f(), [k.__name__ for k in DD.__mro__])
print(Point(1,2).__class__ is Point, hash(P3) == hash(P3))
class Slots:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __contains__(self, x): return x == 5
    def __call__(self, *a, **k): return (a, k)
s = Slots()
print(len(s), list(s), 5 in s, s(1, b=2), bool(s))
