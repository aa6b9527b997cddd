# suppress, closing, nullcontext, redirect_stdout/redirect_stderr, AbstractContextManager.
import sys
from contextlib import (AbstractContextManager, ContextDecorator, closing, nullcontext,
                        redirect_stderr, redirect_stdout, suppress)

with suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("suppressed")
with suppress(LookupError, TypeError):
    [][3]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("through")
except ValueError as e:
    print("ValueError:", e)
with suppress(Exception) as s:
    print("value", s)

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        print("closing", self.name)

res = Resource("file")
with closing(res) as r:
    print(r is res, r.closed)
print(res.closed)
try:
    with closing(Resource("other")):
        raise RuntimeError("fail inside")
except RuntimeError as e:
    print("RuntimeError:", e)

with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)

def maybe_open(resource=None):
    return closing(resource) if resource else nullcontext("default")

with maybe_open() as x:
    print(x)

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
    def getvalue(self):
        return "".join(self.parts)

cap = Capture()
with redirect_stdout(cap) as target:
    print("hello", 1, 2)
    print("second line", end="!")
print(target is cap, repr(cap.getvalue()))
err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

reusable = redirect_stdout(Capture())
with reusable:
    print("first")
with reusable:
    print("second")
print(repr(reusable._new_target.getvalue()))

class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("exit", exc[0])
        return None

m = Managed()
with m as got:
    print(got is m)

class Logged(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False

@Logged()
def work(x):
    print("working", x)
    return x + 1

print(work(1))
print(work.__name__)
