# Attribute loads, stores and method calls at one site over many classes and shapes: the
# interpreter caches a few (type, shape) pairs per site, and every change of a class
# (a new method, a property shadowing an instance attribute, a deleted attribute) must be
# seen at once.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def kind(self):
        return "base"


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    pass


class C(Base):
    def __init__(self, v):
        self.extra = 1  # another attribute order: another shape
        self.v = v


class D(A):
    def kind(self):
        return "D"


class E(B):
    pass


class F(C):
    def get(self):
        return -self.v


objs = [Base(1), A(2), B(3), C(4), D(5), E(6), F(7)]


def sweep(objects):
    out = []
    for o in objects:
        o.v = o.v + 10  # store at one site, many classes
        out.append((o.kind(), o.get(), o.v))
    return out


for _ in range(3):
    print(sweep(objs))

# An instance that gets attributes in another order has another shape at the same site.
odd = Base(0)
odd.__dict__.clear()
odd.w = 1
odd.v = 2
print(sweep([odd] + objs))

# A class changes under a warm site: new method, property shadowing the attribute.
A.kind = lambda self: "A2"
print(sweep(objs))
B.v = property(lambda self: 100, lambda self, value: None)
print(sweep(objs))
del B.v
print(sweep(objs))
del A.kind
print(sweep(objs))


# A method replaced on one instance only (instance attribute shadows the class method).
d = D(50)
print(d.kind())
d.kind = lambda: "instance"
print(sweep([d]))
del d.kind
print(sweep([d]))


# __slots__ classes and dict-mode instances at the same sites.
class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def kind(self):
        return "S"


many = [Base(i) for i in range(3)]
for i, o in enumerate(many):
    for j in range(40):  # many attributes: the instance switches to a dict
        setattr(o, "a%d" % j, i)
print(sweep([S(1), many[0], S(2), many[1], objs[3]]))
try:
    sweep([object()])
except AttributeError as e:
    print("AttributeError:", e)
