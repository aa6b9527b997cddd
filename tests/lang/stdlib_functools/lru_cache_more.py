import functools

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

calls = []
@functools.lru_cache(maxsize=2, typed=True)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2.0), sq(2), sq(True), calls)
print(sq.cache_info(), sq.cache_parameters())
sq(3); sq(4); sq(2)
print(sq.cache_info(), calls)
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5), sq.__name__)

@functools.lru_cache(maxsize=0)
def nocache(x):
    calls.append(("n", x))
    return x
del calls[:]
nocache(1); nocache(1)
print(calls, nocache.cache_info())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.cache_parameters())

@functools.lru_cache
def bare(x, *, y=1):
    calls.append((x, y))
    return x + y
del calls[:]
print(bare(1), bare(1, y=1), bare(x=1), bare(1, y=2), bare(1), calls)
print(bare.cache_info().hits, bare.cache_info().misses, bare.cache_info()._fields)

@functools.cache
def c(*args, **kw):
    calls.append(args)
    return len(args) + len(kw)
del calls[:]
print(c(1, 2), c(1, 2), c(a=1), c(a=1), calls, c.cache_info())
print(c.cache_parameters())

@functools.lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

class Vec:
    def __init__(self, n):
        self.n = n
    @functools.lru_cache(maxsize=8)
    def total(self, k):
        calls.append(k)
        return self.n * k
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
del calls[:]
v, w = Vec(3), Vec(3)
print(v.total(2), w.total(2), v.total(3), calls, Vec.total.cache_info().hits)

show("unhashable", lambda: sq([1]))
show("bad maxsize", lambda: functools.lru_cache(maxsize="x"))
show("bad maxsize2", lambda: functools.lru_cache("x"))
show("float maxsize", lambda: functools.lru_cache(2.5)(len)(""))
show("typed pos", lambda: functools.lru_cache(10, True)(abs).cache_parameters())
show("cache no call", lambda: functools.cache(5)(1))
show("wrapped wrong", lambda: bare())

@functools.lru_cache(maxsize=3)
def order(x):
    return x
for x in [1, 2, 3, 1, 4, 2, 1]:
    order(x)
print(order.cache_info())
