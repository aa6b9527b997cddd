# Dunder methods returning the wrong thing or set to None, context-manager, super(), __set_name__,
# __new__ and type() errors; @classmethod over @property; the program ends on a __slots__ error.
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class StrLen:
    def __len__(self): return "3"
class BadIndex:
    def __index__(self): return 1.5
class BadIter:
    def __iter__(self): return 5
class BadNext:
    def __iter__(self): return self
class BadInit:
    def __init__(self): return 5
class OtherNew:
    def __new__(cls): return 42
    def __init__(self): print("never")
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadHash:
    def __hash__(self): return "x"
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
class BadFormat:
    def __format__(self, spec): return 1
class BadInt:
    def __int__(self): return "1"
class BadFloat:
    def __float__(self): return 1
class BadContains:
    def __contains__(self, x): return [1]
class BadGetitem:
    __getitem__ = None
class BadCall:
    __call__ = 5
class Abs:
    def __abs__(self): return "abs"
class BadEnter:
    pass
class BadExitOnly:
    def __enter__(self): return self
t(lambda: bool(BadBool()))
t(lambda: not BadBool())
t(lambda: len(BadLen()))
t(lambda: len(BigLen()))
t(lambda: len(StrLen()))
t(lambda: [1, 2][BadIndex()])
t(lambda: iter(BadIter()))
t(lambda: next(BadNext()))
t(lambda: BadInit())
t(lambda: OtherNew())
t(lambda: repr(BadRepr()))
t(lambda: str(BadStr()))
t(lambda: hash(BadHash()))
t(lambda: hash(NoHash()))
t(lambda: hash(EqOnly()))
t(lambda: {EqOnly()})
t(lambda: format(BadFormat(), ""))
t(lambda: f"{BadFormat()}")
t(lambda: int(BadInt()))
t(lambda: float(BadFloat()))
t(lambda: 1 in BadContains())
t(lambda: BadGetitem()[0])
t(lambda: BadCall()())
t(lambda: abs(Abs()))
def w1():
    with BadEnter(): pass
def w2():
    with BadExitOnly(): pass
t(w1)
t(w2)
t(lambda: super().x)
class P:
    def m(self): return super(P, 5).m()
t(lambda: P().m())
t(lambda: super(int, int).real)
class SN:
    def __set_name__(self, owner, name): raise ValueError("no " + name)
def mk():
    class Host:
        attr = SN()
t(mk)
class CP:
    @classmethod
    @property
    def cls_prop(cls): return cls.__name__
t(lambda: CP.cls_prop)
class Sl:
    __slots__ = ("a",)
    def __init__(self): pass
t(lambda: Sl().a)
t(lambda: Sl.a)
t(lambda: object.__new__(int))
t(lambda: int.__new__(str))
t(lambda: object.__init__())
t(lambda: type("X", (int, str), {}))
t(lambda: type("X", (bool,), {}))
t(lambda: type(5, 6, 7))
t(lambda: type("X"))
class WithIntSlots(int):
    __slots__ = ("x",)
t(lambda: 1)
