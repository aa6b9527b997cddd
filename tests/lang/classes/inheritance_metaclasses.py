# MRO, super() in its forms, class attributes, metaclasses, __init_subclass__,
# __class_getitem__, type() with three arguments and isinstance/issubclass.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super(D, self).who()
print(D().who(), [k.__name__ for k in D.mro()], D.__bases__, D.__base__)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), (int, C)), issubclass(bool, int))

class X: pass
class Y: pass
try:
    class Z(X, Y, X): pass
except TypeError as e:
    print("TypeError:", e)
class P1(X): pass
try:
    class Bad(X, P1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoBool(bool): pass
except TypeError as e:
    print("TypeError:", e)

class Shape:
    registry = []
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.registry.append(cls.__name__)
class Triangle(Shape, sides=3): pass
class Square(Shape, sides=4): pass
print(Shape.registry, Triangle.sides, Square.sides)
try:
    class Wrong(sides=1): pass
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    def describe(cls):
        return f"<{cls.__name__} via {type(cls).__name__}>"
class Model(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Sub(Model): pass
m = Sub(5)
print(m.v, Sub.created_by, Sub.initialised, Sub.describe(), type(Sub) is Meta, isinstance(Sub, Meta))

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"prepared": True}
class WithPrepare(metaclass=Ordered):
    x = 1
print(WithPrepare.prepared, WithPrepare.x)

Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x)})
p = Point()
p.x = -3
print(Point.__name__, p.norm(), type(p).__name__, Point.__mro__)
Child = type("Child", (Point,), {})
print(Child().norm(), issubclass(Child, Point))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int])

class Base:
    greeting = "hello"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util(x):
        return x + 1
class Derived(Base):
    greeting = "hi"
print(type(Derived.make()).__name__, Derived.util(1), Derived().util(2), Derived.greeting, Base.greeting)
Base.greeting = "changed"
Base.added = "later"
print(Derived.added, Derived().greeting)

class WithRepr:
    def __repr__(self):
        return "WithRepr()"
class WithStr(WithRepr):
    def __str__(self):
        return "as str"
print(WithRepr(), [WithRepr()], WithStr(), [WithStr()], f"{WithStr()!r} {WithStr()}")
class Fmt:
    def __format__(self, spec):
        return f"Fmt({spec})"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))

print(repr(D.__dict__["who"])[:19], D.__name__, D.__qualname__, D.__module__, D.__doc__)
def factory():
    class Local:
        class Inner:
            pass
    return Local
print(factory().__qualname__, factory().Inner.__qualname__)

# Adding a special method after the class exists updates it and its subclasses.
class Late: pass
class LateChild(Late): pass
Late.__len__ = lambda self: 7
Late.__eq__ = lambda self, o: True
print(len(LateChild()), LateChild() == 3)
del Late.__len__
try:
    len(Late())
except TypeError as e:
    print("TypeError:", e)
