from collections import namedtuple

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

P = namedtuple("P", "x y z", defaults=[0, 1])
print(P(5), P(5, 6), P(5, 6, 7), P(x=1, z=2))
print(P._fields, P._field_defaults, P.__name__, P.__doc__)
p = P(1, 2, 3)
print(p._replace(y=20), p._replace(), p._asdict(), type(p._asdict()).__name__)
print(P._make([7, 8, 9]), P._make(iter("abc")), p.x, p[1], p[-1], p[:2], len(p))
print(p == (1, 2, 3), p + (4,), p * 2, tuple(p), list(reversed(p)), hash(p) == hash((1, 2, 3)))
x, y, z = p
print(x, y, z, p.index(2), p.count(3), P.x.__doc__)
Q = namedtuple("Q", ["a", "b"])
print(Q(1, 2), repr(Q(a=[1], b="s")), Q._field_defaults)
R = namedtuple("R", "def x _y x 1st", rename=True)
print(R._fields)
S = namedtuple("S", "a, b,c  d")
print(S._fields, S(1, 2, 3, 4))
T = namedtuple("T", "")
print(T(), T._fields, len(T()))
U = namedtuple("U", "a b", module="mymod")
print(U.__module__)
class V(namedtuple("V", "w h")):
    __slots__ = ()
    @property
    def area(self):
        return self.w * self.h
    def __str__(self):
        return "%dx%d" % self
v = V(3, 4)
print(v, repr(v), v.area, v._replace(w=10).area, V._make([2, 2]).area)
W = namedtuple("W", "a b", defaults=[None])
print(W(1), W._field_defaults)
print(isinstance(p, tuple), P.__bases__, P._fields + Q._fields)
print(sorted([Q(2, "b"), Q(1, "z"), Q(2, "a")]), max(Q(1, 5), Q(1, 6)))

show("too few", lambda: P())
show("too many", lambda: P(1, 2, 3, 4))
show("dup kw", lambda: P(1, x=2))
show("unknown kw", lambda: P(1, w=2))
show("replace bad", lambda: p._replace(w=1, q=2))
show("make short", lambda: P._make([1]))
show("make long", lambda: P._make([1, 2, 3, 4]))
show("dup field", lambda: namedtuple("D", "a a"))
show("keyword field", lambda: namedtuple("D", "a class"))
show("digit field", lambda: namedtuple("D", "1a"))
show("underscore field", lambda: namedtuple("D", "_a"))
show("bad typename", lambda: namedtuple("1D", "a"))
show("keyword typename", lambda: namedtuple("def", "a"))
show("too many defaults", lambda: namedtuple("D", "a", defaults=[1, 2]))
show("defaults int", lambda: namedtuple("D", "a", defaults=5))
show("set attr", lambda: setattr(p, "x", 9))
show("new attr", lambda: setattr(p, "w", 9))
show("field int", lambda: namedtuple("D", [1]))
show("getitem", lambda: p[3])
