# Exact TypeError messages for bad calls
def f(a, b, *, c, d=1):
    pass
def g(x, /, y):
    pass
def h(*args, k):
    pass
def none():
    pass
calls = [
    lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, e=4), lambda: f(1, 2, c=3, a=1),
    lambda: g(x=1, y=2), lambda: g(1, 2, 3), lambda: g(), lambda: h(1, 2), lambda: none(1, 2), lambda: none(a=1),
    lambda: f(), lambda: (lambda q: q)(), lambda: (lambda: 0)(1), lambda: f(1, 2, **{"c": 1, "d": 2, "z": 3}),
    lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: divmod(1), lambda: int("1", 2, 3), lambda: print(bad=1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
