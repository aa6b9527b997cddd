import contextlib
import io
import sys

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

@contextlib.contextmanager
def no_yield():
    if False:
        yield

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2

@contextlib.contextmanager
def swallow(kind):
    try:
        yield "v"
    except kind as e:
        print("swallowed", type(e).__name__, e)

@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted") from e

@contextlib.contextmanager
def trace(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)

def use(cm, exc=None):
    with cm as v:
        if exc:
            raise exc
        return v

show("no yield", lambda: use(no_yield()))
show("two yields", lambda: use(two_yields()))
show("two yields raising", lambda: use(two_yields(), KeyError("k")))
show("swallow", lambda: use(swallow(KeyError), KeyError("k")))
show("not swallowed", lambda: use(swallow(KeyError), IndexError("i")))
show("converted", lambda: use(reraise_other(), KeyError("k")))
show("trace raise", lambda: use(trace("t"), RuntimeError("boom")))
try:
    with reraise_other():
        raise KeyError("orig")
except ValueError as e:
    print("cause", type(e.__cause__).__name__, e.__cause__)

def stop_inside():
    with swallow(StopIteration):
        raise StopIteration("stop")
    return "after"
show("stopiteration", stop_inside)


@contextlib.contextmanager
def gen_with_args(a, b=2):
    yield a + b
with gen_with_args(1) as v, gen_with_args(2, b=5) as w:
    print(v, w)

@gen_with_args(1, 1)
def decorated():
    return "decorated ran"
print(decorated(), decorated())

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
with contextlib.suppress():
    pass
show("suppress other", lambda: use(contextlib.suppress(KeyError), ValueError("v")))
show("suppress subclass", lambda: use(contextlib.suppress(LookupError), KeyError("k")))

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print("captured")
    print(target is buf)
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write("to err\n")
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("o1")
    with contextlib.redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

with contextlib.nullcontext(5) as n:
    print(n)
with contextlib.nullcontext() as n:
    print(n)

class Res:
    def close(self):
        print("closed res")
with contextlib.closing(Res()) as r:
    print(type(r).__name__)
show("closing raise", lambda: use(contextlib.closing(Res()), OSError("io")))

show("enter int", lambda: use(5))
show("exitstack int", lambda: contextlib.ExitStack().enter_context(5))

class NoExit:
    def __enter__(self):
        return self
show("no exit", lambda: use(NoExit()))
