# partialmethod, cached_property on class hierarchies, lru_cache on recursive and
# keyword-heavy functions, cmp_to_key stability.
from functools import cache, cached_property, cmp_to_key, lru_cache, partial, partialmethod, reduce

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state, *, note=""):
        self._alive = bool(state)
        return f"{'alive' if self._alive else 'dead'}{note}"
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="!")

c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive(note="?"))
print(type(Cell.__dict__["set_alive"]).__name__)

class Shape:
    instances = 0
    def __init__(self, *dims):
        self.dims = dims
    @cached_property
    def area(self):
        Shape.instances += 1
        return reduce(lambda a, b: a * b, self.dims, 1)

class Square(Shape):
    @cached_property
    def side(self):
        return self.dims[0]

shapes = [Shape(2, 3), Square(4, 4), Shape(5)]
print([s.area for s in shapes], [s.area for s in shapes], Shape.instances, shapes[1].side)
print(sorted(vars(shapes[1])))

@cache
def ways(total, coins):
    if total == 0:
        return 1
    if total < 0 or not coins:
        return 0
    return ways(total - coins[0], coins) + ways(total, coins[1:])

print(ways(100, (50, 25, 10, 5, 1)), ways.cache_info().currsize > 100)

@lru_cache(maxsize=2)
def kw(a, *, b=0, c=0):
    print("  miss", a, b, c)
    return a + b + c

for args in [((1,), {}), ((1,), {"b": 2}), ((1,), {"b": 2}), ((1,), {"c": 3, "b": 2}),
             ((1,), {"b": 2, "c": 3}), ((1,), {})]:
    kw(*args[0], **args[1])
print(kw.cache_info())

records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
by_count_desc = cmp_to_key(lambda x, y: y[1] - x[1])
print(sorted(records, key=by_count_desc))
print(sorted(records, key=by_count_desc, reverse=True))
print(max(records, key=by_count_desc), min(records, key=by_count_desc))

double = partial(map, lambda v: v * 2)
print(list(double([1, 2, 3])), list(partial(filter, None)([0, 1, "", "x"])))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, partial(str.split, maxsplit=1), "_".join)
print(pipeline("  Hello World Again "))
