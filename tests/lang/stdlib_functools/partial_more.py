import functools
from functools import partial, partialmethod

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)

p = partial(f, 1, c=5)
print(p(), p(9), p(9, 8, 7), p(c=0), p(d=4))
print(p.func is f, p.args, p.keywords)
print(repr(p).replace(repr(f), "<f>"))
q = partial(p, 10, x=1)
print(q.func is f, q.args, q.keywords, q())
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(len)), repr(partial(sorted, reverse=True)))
r = partial(dict, a=1)
print(r(a=2, b=3), r.keywords)
print(partial(print, sep="-")("x", "y") is None)

class K:
    def __init__(self):
        self.v = 10
    def add(self, x, y):
        return self.v + x + y
    add5 = partialmethod(add, 5)
    addkw = partialmethod(add, y=100)
k = K()
print(k.add5(1), k.addkw(2), K.add5(k, 3))
print(repr(K.__dict__["add5"]).split(" ")[0])

pp = partial(int, base=2)
print(pp("101"), pp("11", base=10), list(map(pp, ["1", "10", "111"])))
print(sorted(["b10", "a2", "c1"], key=partial(lambda i, s: s[i:], 1)))
print(functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4], 10))
print(functools.reduce(lambda acc, x: acc + [x], "abc", []))
print(functools.reduce(max, [5], 0), functools.reduce(max, [], "init"), functools.reduce(max, iter([3, 9, 2])))

class Sub(partial):
    pass
s = Sub(f, 7)
print(type(s).__name__, s(), s.args)
print(repr(s).startswith("Sub("))

pk = partial(f, a=1)
show("dup kw", lambda: pk(2))
show("no args", lambda: partial())
show("not callable", lambda: partial(1))
show("kw func", lambda: partial(func=len))
show("call bad", lambda: partial(len, 1, 2)())
show("reduce empty", lambda: functools.reduce(max, []))
show("reduce none", lambda: functools.reduce(max, None))
show("reduce not callable", lambda: functools.reduce(3, [1, 2]))
show("reduce noargs", lambda: functools.reduce())
show("reduce kw", lambda: functools.reduce(max, [1], initial=1))
show("pm not callable", lambda: partialmethod(5))
show("setattr args", lambda: setattr(p, "args", ()))
