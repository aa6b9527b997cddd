# ExitStack: LIFO callbacks, enter_context, push, pop_all, suppression and exception chaining.
from contextlib import ExitStack, contextmanager

@contextmanager
def managed(name, log):
    log.append(f"enter {name}")
    try:
        yield name
    finally:
        log.append(f"exit {name}")

log = []
with ExitStack() as stack:
    names = [stack.enter_context(managed(n, log)) for n in "abc"]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda *a, **k: log.append(f"callback 2 {a} {k}"), 1, key="v")
    print(names)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(managed("keep", log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)

class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("Suppressor saw", exc_type.__name__ if exc_type else None)
        return True

with ExitStack() as stack:
    stack.push(Suppressor())
    raise ValueError("swallowed by suppressor")
print("continued")

def exit_callback(exc_type, exc, tb):
    print("raw exit callback", exc_type.__name__ if exc_type else None, exc)
    return False

try:
    with ExitStack() as stack:
        stack.push(exit_callback)
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)

def raiser(msg):
    def cb(*exc):
        raise RuntimeError(msg)
    return cb

try:
    with ExitStack() as stack:
        stack.push(raiser("first"))
        stack.push(raiser("second"))
        raise ValueError("body")
except RuntimeError as e:
    print("final:", e)
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print(" <- ".join(chain))

try:
    with ExitStack() as stack:
        stack.push(raiser("late"))
        stack.push(Suppressor())
except RuntimeError as e:
    print("late error:", e, e.__context__)

try:
    with ExitStack() as stack:
        stack.push(Suppressor())
        stack.push(raiser("masked"))
        raise IndexError("body")
except Exception as e:
    print("not expected", e)
print("suppressor cleared the callback error")

class NotACM:
    pass

try:
    ExitStack().enter_context(NotACM())
except TypeError as e:
    print("TypeError:", e)

files = []
class FakeFile:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        files.append(f"open {self.name}")
        return self
    def __exit__(self, *exc):
        files.append(f"close {self.name}")

def open_all(names):
    with ExitStack() as stack:
        handles = [stack.enter_context(FakeFile(n)) for n in names]
        if "bad" in names:
            raise OSError("cannot open bad")
        return stack.pop_all(), handles

keeper, handles = open_all(["x", "y"])
print([h.name for h in handles], files)
with keeper:
    pass
print(files)
files.clear()
try:
    open_all(["p", "bad"])
except OSError as e:
    print(e, files)

stack = ExitStack()
result = stack.callback(print, "closing via close()")
print(result is print)
stack.close()
stack.close()
with ExitStack() as s2:
    print(s2.push(exit_callback) is exit_callback)
