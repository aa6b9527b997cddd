# The itertools objects themselves: types, reprs, iteration protocol.
import itertools

makers = [
    itertools.count(), itertools.cycle("a"), itertools.repeat(1), itertools.accumulate([]),
    itertools.chain(), itertools.compress([], []), itertools.dropwhile(bool, []),
    itertools.takewhile(bool, []), itertools.filterfalse(None, []), itertools.starmap(pow, []),
    itertools.pairwise([]), itertools.groupby([]), itertools.islice([], 1),
    itertools.zip_longest(), itertools.product(), itertools.permutations([]),
    itertools.combinations([], 1), itertools.combinations_with_replacement([], 1),
]
for obj in makers:
    cls = type(obj)
    print(cls.__name__, cls.__module__, iter(obj) is obj, isinstance(obj, cls))

print(type(itertools.chain.from_iterable([])) is itertools.chain)
print(type(itertools.tee([])[0]).__name__)

c = itertools.count(5)
print(repr(c), str(c))
next(c)
print(c)
print(itertools.count(1, 2), itertools.count(-1, -1), itertools.count(0.0, 0.25))
print(itertools.count(step=3), itertools.count(start=4))
print(itertools.repeat("hi"), itertools.repeat([1], times=2), itertools.repeat(3, 0))
r = itertools.repeat("z", 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), r, next(r), r, list(r))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

print(itertools.repeat(Point(1, 2), 2))
print([f"{x}" for x in itertools.islice(itertools.count(), 3)])
print(sorted(name for name in dir(itertools) if not name.startswith("_")))
