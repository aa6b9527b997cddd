# ABCs, a registering metaclass with __init_subclass__ keywords, generator send/throw/close,
# PEP 479, context managers (contextlib and hand-written), exception chaining, except*, match.
import abc, contextlib, operator, sys
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def __repr__(self): return f"{type(self).__name__}({self.area():.2f})"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
class Bad(Shape): pass
try:
    Bad()
except TypeError as e:
    print(e)
print(Sq(3), isinstance(Sq(1), Shape), issubclass(Sq, Shape))

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Registry):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="c"): pass
print(sorted(Registry.classes), Child.tag, Base.tag, Child(), type(Child).__name__)

def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = gen()
print(next(g), g.send(5), g.throw(ValueError("boom")))
g.close()
def deleg():
    r = yield from gen()
    return r
d = deleg()
print(next(d)); d.close()
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "stop":
            return n
        n += 1
c = counter(); next(c); c.send(None); c.send(None)
try:
    c.send("stop")
except StopIteration as e:
    print("stopped with", e.value, e.args)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("suppressing", repr(e))
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print(t)
with tag("b"):
    {}["missing"]
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("after")
class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return isinstance(ev, KeyError)
with Res():
    raise KeyError("k")
try:
    with Res():
        raise IndexError("i")
except IndexError as e:
    print("propagated", e)
with contextlib.ExitStack() as st:
    for n in "xy":
        st.enter_context(tag(n))
    st.callback(print, "callback")
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("s")(Sq(2)), operator.methodcaller("upper")("q"))
try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__))
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
try:
    raise eg
except* ValueError as g:
    print("vals", g.exceptions)
except* TypeError as g:
    print("types", g.exceptions)
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
for v in (Vec(0, 0), Vec(1, 0), Vec(2, 3), [1, 2, 3], {"k": 1, "z": 2}, "s", 4.5):
    match v:
        case Vec(0, 0): print("origin")
        case Vec(x, 0): print("on x", x)
        case Vec(x=x, y=y) if x < y: print("above", x, y)
        case [first, *rest]: print("seq", first, rest)
        case {"k": val, **others}: print("map", val, others)
        case str() | bytes(): print("text")
        case _: print("other", v)
