from collections import namedtuple


def attempt(label, f):
    try:
        result = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)


P = namedtuple("P", "x y")
D = namedtuple("D", "a b c", defaults=[3])
attempt("missing one", lambda: P(1))
attempt("missing all", lambda: namedtuple("T", "a b c")())
attempt("missing two", lambda: D())
attempt("too many", lambda: P(1, 2, 3))
attempt("too many defaults", lambda: D(1, 2, 3, 4))
attempt("unexpected kw", lambda: P(1, z=2))
attempt("multiple values", lambda: P(1, x=2))
attempt("make short", lambda: P._make([1]))
attempt("replace bad", lambda: P(1, 2)._replace(z=3, w=4))
attempt("duplicate", lambda: namedtuple("T", "a b a"))
attempt("underscore", lambda: namedtuple("T", "a _b"))
attempt("keyword", lambda: namedtuple("T", "a class"))
attempt("bad type name", lambda: namedtuple("1T", "a"))
attempt("bad field", lambda: namedtuple("T", "a b-c"))
attempt("too many defaults", lambda: namedtuple("T", "a", defaults=(1, 2)))


def assign():
    p = P(1, 2)
    p.x = 10


attempt("assign field", assign)


def new_attr():
    p = P(1, 2)
    p.z = 10


attempt("new attribute", new_attr)
attempt("index", lambda: P(1, 2)[2])
P(1, 2, 3, 4)
