# User descriptors with __set_name__, __getattr__ fallbacks, properties with deleters, operator
# overloading with NotImplemented, cooperative super() in a diamond, __slots__, builtin subclasses.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        raise AttributeError(f"can't delete {self.name[1:]}")
class Account:
    balance = Typed()
    def __init__(self, b): self.balance = b
    def __getattr__(self, name):
        if name.startswith("x_"): return name[2:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
a = Account(5)
print(a.balance, Account.balance.owner, a.x_foo, vars(a))
for f in (lambda: setattr(a, "balance", "10"), lambda: delattr(a, "balance"), lambda: a.missing):
    try: f()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
print(getattr(a, "nothing", "dflt"), hasattr(a, "nothing"), hasattr(a, "x_y"))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @c.deleter
    def c(self): print("deleting"); del self._c
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(); t.c = 100; print(t.f); del t.c
for f in (lambda: t.c, lambda: setattr(t, "f", 1), lambda: delattr(t, "f")):
    try: f()
    except AttributeError as e: print(e)
class Money:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Money({self.v})"
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.v + o.v)
        if isinstance(o, int): return Money(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __eq__(self, o): return isinstance(o, Money) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __bool__(self): return self.v != 0
    def __format__(self, spec): return f"${self.v:{spec}}"
print(sum([Money(1), Money(2)]), 3 + Money(1), Money(1) + 2, sorted([Money(3), Money(1)]), {Money(1), Money(1)})
print(f"{Money(3.5):.2f}", format(Money(2), ">6"), bool(Money(0)), Money(1) == 1, Money(1) != Money(2))
try: Money(1) + "x"
except TypeError as e: print(e)
try: Money(1) < 3
except AttributeError as e: print(e)
try: Money(1) <= Money(2)
except TypeError as e: print(e)
class A:
    def who(self): return "A"
    @classmethod
    def make(cls): return cls()
class B(A):
    def who(self): return "B+" + super().who()
    @classmethod
    def make(cls):
        obj = super().make(); obj.tag = "made"; return obj
class C(A):
    def who(self): return "C+" + super().who()
class D(B, C):
    def who(self): return "D+" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.make().tag, type(D.make()).__name__)
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Sl()
for f in (lambda: s.b, lambda: setattr(s, "c", 1), lambda: s.__dict__):
    try: print(f())
    except AttributeError as e: print(e)
try:
    class Conf:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print(e)
class Rec:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"Rec({self.items})"
l = [1]; l.append(l); d = {}; d["self"] = d
print(l, d)
class Str(str):
    def shout(self): return self.upper() + "!"
s = Str("hi")
print(s.shout(), s + "x", type(s + "x").__name__, repr(s), s == "hi", isinstance(s, str), len(s))
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
ll = L([1, 2, 3])
print(ll[1], list(ll), ll[0:2] if False else "", sum(ll), [x for x in ll])
class Dd(dict):
    def __missing__(self, k): return k * 2
dd = Dd(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd)
class I(int):
    def __repr__(self): return f"I<{int(self)}>"
print(I(5) + 1, repr(I(5)), type(I(5) + 1).__name__, I("12", 8) if False else I(7), f"{I(3):03d}")
print(str(I(4)), "%d %s %r" % (I(1), I(2), I(3)))
