# contextmanager: setup/teardown, exceptions thrown into the generator, reuse as decorator.
from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as value:
    print("inside", value)
print(tag.__name__, tag.__doc__)

with tag("outer"):
    with tag("inner"):
        print("deep")

try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__, e)

with swallow(KeyError, IndexError):
    {}["missing"]
print("after swallow")
try:
    with swallow(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not swallowed:", e)

@contextmanager
def transform():
    try:
        yield
    except ValueError as e:
        raise TypeError(f"converted {e}") from e

try:
    with transform():
        raise ValueError("v")
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def no_yield():
    if False:
        yield

@contextmanager
def two_yields():
    yield 1
    yield 2

@contextmanager
def yields_after_throw():
    try:
        yield
    except Exception:
        yield

for cm in (no_yield(), two_yields()):
    try:
        with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with yields_after_throw():
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised in the body propagates unchanged.
@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration:", e)

@contextmanager
def timer(label, log):
    log.append(f"start {label}")
    yield log
    log.append(f"end {label}")

log = []

@timer("job", log)
def job(n):
    log.append(f"work {n}")
    return n * 2

print(job(3), job(4), log, job.__name__)

# One manager object can only be entered once.
cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError, TypeError) as e:
    print(type(e).__name__)

@contextmanager
def resource(name, registry):
    registry[name] = "open"
    try:
        yield registry
    finally:
        registry[name] = "closed"

reg = {}
with resource("db", reg) as r, resource("cache", reg):
    print(sorted(r.items()))
print(sorted(reg.items()))
