# *args and **kwargs
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(b=2, a=1))
def h(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6, f=7))
print(h(c=0, a=9))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100), total())
def pass_through(*a, **k):
    return h(*a, **k)
print(pass_through(1, 2, 3, c=4, z=5))
def kwcount(**kw):
    return len(kw), list(kw)
print(kwcount(z=1, y=2, x=3))
def first_rest(first, *rest):
    return first, rest
print(first_rest("a"), first_rest(*"abc"))
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
d = {"a": 1}
print(g(**d, b=2), g(**{"x": 1}, **{"y": 2}))
try:
    g(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
