# Edge cases of *args/**kwargs at call sites and definitions
def f(*args, **kwargs):
    return args, kwargs
print(f(*[]), f(**{}), f(*(), **{}), f(*"", *b""))
d = {"a": 1}
r = f(**d)
r[1]["a"] = 99
print(d, r)
args = [1, 2]
r = f(*args)
print(r[0] is args, type(r[0]).__name__)
def g(a, *args, b=2, **kwargs):
    return a, args, b, kwargs
print(g(1), g(1, 2, 3), g(1, b=3), g(a=1, c=4), g(*range(4), **{"b": 0, "z": 1}))
print(f(*[1], 2, *[3], a=1, **{"b": 2}))
def only_kwargs(**kw):
    return sorted(kw)
print(only_kwargs(**{"if": 1, "class": 2, "def": 3}))
print(f(**{"with space": 1, "": 2}))
def count(*a):
    return len(a)
print(count(*range(1000)), count(*"x" * 5), count(*[[]]))
