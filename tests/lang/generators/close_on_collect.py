# A suspended generator that becomes garbage is closed when collected: its finally blocks
# and __exit__ methods run, a yield in finally is reported; unstarted/finished ones do nothing.
import gc
class Conn:
    def __init__(self, name): self.name = name; print("connect", name)
    def __enter__(self): return self
    def __exit__(self, *exc): print("disconnect", self.name, exc[0].__name__ if exc[0] else None); return False
def rows(name):
    with Conn(name) as c:
        for i in range(10):
            yield f"{c.name}:{i}"
def lines():
    try:
        yield "first"
        yield "second"
    except GeneratorExit:
        print("generator exit seen")
        raise
    finally:
        print("lines finally")
def stubborn():
    try:
        yield 1
    finally:
        yield 2
it = rows("db")
print(next(it), next(it))
del it
gc.collect()
print("after rows")
g = lines()
print(next(g))
g = None
gc.collect()
print("after lines")
s = stubborn()
next(s)
del s
gc.collect()
print("after stubborn")
unstarted = lines()
del unstarted
gc.collect()
done = lines()
print(list(done))
del done
gc.collect()
keep = rows("kept")
next(keep)
print("end")
