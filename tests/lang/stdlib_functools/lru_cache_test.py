# lru_cache and cache: hits, misses, eviction order, keys and parameters.
from functools import cache, lru_cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)
fib.cache_clear()
print(fib.cache_info())

calls = []

@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    square(x)
print(calls, square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), len(info))
print(info == (3, 6, 3, 3), info._fields)

@lru_cache
def plain(a, b=1):
    calls.append((a, b))
    return a + b

calls.clear()
plain(1)
plain(1)
plain(1, 1)
plain(a=1)
plain(b=1, a=1)
plain(a=1, b=1)
print(calls, plain.cache_info(), plain.cache_parameters())

# int 1 is keyed by itself; 1.0 by a tuple: they are different entries.
@lru_cache(maxsize=10)
def ident(x):
    calls.append(x)
    return x

calls.clear()
print(ident(1), ident(1.0), ident(True), ident(1), ident.cache_info(), calls)

@lru_cache(maxsize=10, typed=True)
def typed_ident(x):
    return repr(x)

print(typed_ident(1), typed_ident(1.0), typed_ident(True), typed_ident.cache_info())
print(typed_ident.cache_parameters())

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1)
nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def negative(x):
    return x

negative(2)
print(negative.cache_info())

@cache
def factorial(n):
    """Multiply up to n."""
    return 1 if n <= 1 else n * factorial(n - 1)

print(factorial(30), factorial(10), factorial.cache_info(), factorial.__doc__)

@lru_cache(maxsize=2)
def failing(x):
    calls.append(("fail", x))
    raise ValueError(f"no {x}")

calls.clear()
for _ in range(2):
    try:
        failing(7)
    except ValueError as e:
        print(e)
print(calls, failing.cache_info())

try:
    square([1, 2])
except TypeError as e:
    print("TypeError:", e)

for bad in ["x", 2.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: cache(1), lambda: lru_cache(maxsize=2)(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Grid:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n

g = Grid(5)
print(g.paths(10, 10), Grid.paths.cache_info())
print(Grid(5).paths(3, 3), Grid.paths.cache_info())

@lru_cache(maxsize=4)
def edit_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

print(edit_distance("kitten", "sitting"), edit_distance.cache_info())
