# singledispatch, singledispatchmethod and cached_property.
from functools import cached_property, singledispatch, singledispatchmethod

@singledispatch
def describe(obj):
    return f"object {obj!r}"

@describe.register(int)
def _(obj):
    return f"int {obj}"

@describe.register
def _(obj: str):
    return f"str {obj!r}"

@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "sequence of " + ", ".join(describe(x) for x in obj)

def describe_float(obj):
    return f"float {obj:.2f}"

describe.register(float, describe_float)

class Animal:
    pass

class Dog(Animal):
    pass

@describe.register
def _(obj: Animal):
    return f"animal {type(obj).__name__}"

for value in [1, True, "hi", 2.5, [1, "a"], (3.0,), None, {1: 2}, Dog(), Animal()]:
    print(describe(value))

print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(dict) is describe.registry[object])
print(describe.__name__, len(describe.registry), sorted(c.__name__ for c in describe.registry))

try:
    describe()
except TypeError as e:
    print("TypeError:", e)

def bad(obj):
    return obj

try:
    describe.register(bad)
except TypeError as e:
    print("TypeError:", str(e).replace(repr(bad), "<bad>"))

@describe.register
def by_name(obj: "int"):
    return f"by name {obj}"

print(describe(3), describe.dispatch(int) is by_name)

def unresolved(obj: "no_such_name"):
    return obj

def not_a_class(obj: 3):
    return obj

for func in [unresolved, not_a_class]:
    try:
        describe.register(func)
    except (TypeError, NameError) as e:
        print(type(e).__name__, e)

try:
    describe.register(3, by_name)
except TypeError as e:
    print("TypeError:", e)

class Formatter:
    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}: other"

    @kind.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__}: int"

    @singledispatchmethod
    @staticmethod
    def static(arg):
        return "static other"

    @static.register(str)
    @staticmethod
    def _(arg):
        return "static str " + arg

    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:+d}"

    @fmt.register(list)
    def _(self, arg):
        return "[" + "|".join(self.fmt(x) for x in arg) + "]"

f = Formatter()
print(f.fmt(5), f.fmt("x"), f.fmt([1, -2, "z"]))
print(Formatter.kind(1), f.kind("s"), f.static("s"), Formatter.static(1.5))

class Circle:
    computed = 0
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        """Area, computed once."""
        Circle.computed += 1
        print("computing area")
        return 3.14159 * self.r ** 2

c = Circle(2)
print(c.area, c.area, Circle.computed, "area" in c.__dict__)
c.area = 99
print(c.area)
del c.area
print(c.area, Circle.computed)
print(type(Circle.area).__name__, Circle.area.__doc__, Circle.area.attrname)

try:
    class Two:
        def f(self):
            return 1
        a = cached_property(f)
        b = a
except (TypeError, RuntimeError) as e:
    cause = e.__cause__ or e  # CPython 3.11 wraps the TypeError in a RuntimeError
    print(type(cause).__name__, cause)
