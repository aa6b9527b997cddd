# Metaclass __prepare__/__instancecheck__, __getattribute__/__setattr__/__delattr__ hooks,
# __class_getitem__, class decorators, dir(), type() with three arguments, __init_subclass__
# keywords, __index__, the sequence protocol through __getitem__, __call__, NotImplemented ==.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        ns["keys"] = sorted(k for k in ns if not k.startswith("__"))
        return super().__new__(mcls, name, bases, ns)
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
class Duck(metaclass=Meta, flavor="x"):
    def quack(self): pass
    a = 1
class Robot:
    quack = True
print(Duck.keys, Duck.injected, isinstance(Robot(), Duck), isinstance(1, Duck), Duck, type(Duck))
class Tracked:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<default {name}>"
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
t = Tracked()
t.a = 1
print(t.a, t.secret, t.zzz)
del t.a
print(t.a)
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen[1, 2], list[int], dict[str, list[int]], type(list[int]).__name__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Plain:
    """Doc."""
    x = 1
    def method(self): return 1
    @property
    def prop(self): return 2
print(Plain.decorated, Plain.__doc__, Plain.__name__, Plain.__qualname__, Plain.__module__)
print([n for n in dir(Plain) if not n.startswith("__")], "__init__" in dir(Plain))
p = Plain(); p.y = 2
print([n for n in dir(p) if not n.startswith("_")])
print(sorted(n for n in dir(1) if not n.startswith("_")))
print(dir()[:5] if False else sorted(dir())[:3])
Dyn = type("Dyn", (Plain,), {"z": 3, "m": lambda self: self.z * 2})
print(Dyn().m(), Dyn.__mro__, Dyn.__bases__, Dyn.__name__)
class WithSlotsProp:
    __slots__ = ("_v",)
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
w = WithSlotsProp()
print(w.v, WithSlotsProp.v.__get__(w), type(WithSlotsProp.__dict__["_v"]).__name__)
class Base:
    registry = []
    def __init_subclass__(cls, required=False, **kw):
        if required and not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run")
        Base.registry.append(cls.__name__)
        super().__init_subclass__(**kw)
class A1(Base): pass
class A2(Base, required=True):
    def run(self): pass
try:
    class A3(Base, required=True): pass
except TypeError as e:
    print(e)
try:
    class A4(Base, unknown=1): pass
except TypeError as e:
    print(e)
print(Base.registry)
print(callable(Plain), callable(p), callable(Plain.method), Plain.method.__qualname__, p.method.__self__ is p)
print(type(Plain.__dict__["method"]).__name__, type(p.method).__name__, p.method.__func__ is Plain.method)
print(getattr(Plain, "__dict__")["x"], Plain.__dict__.get("prop").fget(p))
print(issubclass(bool, int), issubclass(Dyn, (int, Plain)), isinstance(True, (str, int)))
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), range(Num(3)), "ab" * Num(2), int(Num(4)) if hasattr(Num, "__int__") else "noint")
class Len:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Len()), bool(Len()), 4 in Len(), list(reversed(Len())), sorted(Len(), reverse=True))
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1), Cmp(1) == 1)
class Ctx:
    def __enter__(self): return 1
print([1, 2] == [1, 2.0], (1, [2]) < (1, [3]), {1: 2} == {1: 2.0}, {1, 2} <= {1, 2, 3})
