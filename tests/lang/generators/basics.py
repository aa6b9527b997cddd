def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)), sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def inner():
    yield 1
    yield 2
    return 3
def outer():
    r = yield from inner()
    yield r
    yield from [10, 20]
print(list(outer()))
def catcher():
    try:
        yield 1
    except ValueError as err:
        yield "caught " + str(err)
    finally:
        print("finally runs")
c = catcher()
print(next(c), c.throw(ValueError("boom")))
c.close()
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)
gen = (i for i in range(3))
print(gen.__name__, repr(gen)[:29], list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import_ok = [x for _, x in zip(range(10), fib())]
print(import_ok)
print(dict((k, v) for k, v in [(1, 2), (3, 4)]), sorted(x for x in "hello"), "".join(c.upper() for c in "abc"))
def delegating():
    x = yield from echo()
    print("echo returned", x)
d = delegating()
next(d); d.send(1); d.send(2)
try:
    d.send(None)
except StopIteration:
    print("finished")
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
cl = closer(); next(cl); cl.close(); print(cl.gi_running)
class Tree:
    def __init__(self, v, kids=()):
        self.v = v; self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
print(list(Tree(1, [Tree(2, [Tree(3)]), Tree(4)])))
