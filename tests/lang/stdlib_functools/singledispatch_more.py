import functools
from collections.abc import Sequence, Mapping

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

@functools.singledispatch
def describe(obj):
    return "object " + type(obj).__name__

@describe.register
def _(obj: int):
    return "int %d" % obj

@describe.register(float)
def _(obj):
    return "float %.1f" % obj

@describe.register(Sequence)
def _(obj):
    return "sequence of %d" % len(obj)

@describe.register
def _(obj: Mapping):
    return "mapping " + ",".join(sorted(obj))

describe.register(bool, lambda obj: "bool " + str(obj).lower())
describe.register(type(None), lambda obj: "nothing")

for v in [1, 2.5, True, None, [1, 2], (1,), "abc", {"b": 1, "a": 2}, {1}, b"xy", object()]:
    print(describe(v))

class MyInt(int):
    pass
class MyList(list):
    pass
print(describe(MyInt(3)), describe(MyList([1, 2, 3])))
print(describe.dispatch(MyInt).__name__, describe.dispatch(object) is describe.registry[object])
print(describe.dispatch(str) is describe.dispatch(Sequence), describe.dispatch(dict) is describe.dispatch(Mapping))
print(sorted(k.__name__ for k in describe.registry.keys()))
print(describe.__name__, len(describe.registry))

class A:
    pass
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
@functools.singledispatch
def which(x):
    return "base"
which.register(A, lambda x: "A")
which.register(C, lambda x: "C")
print(which(A()), which(B()), which(C()), which(D()))
which.register(B, lambda x: "B")
print(which(D()))

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "unknown"
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register(str)
    def _(self, arg):
        return "named " + arg
s = Shape()
print(s.area(3), s.area("sq"), s.area(1.5))

class Conv:
    @functools.singledispatchmethod
    @classmethod
    def make(cls, arg):
        return "generic"
    @make.register
    @classmethod
    def _(cls, arg: int):
        return cls.__name__ + " from int"
print(Conv.make(1), Conv.make("x"))

show("no args", lambda: describe())
show("register non-type", lambda: describe.register(5))
def _bad(x: "int"):
    return x
print(describe.register(_bad) is _bad, describe(7), describe.dispatch(int) is _bad)
