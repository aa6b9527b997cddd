# reduce and partial.
from functools import partial, reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
print(reduce(operator.add, [], "start"), reduce(max, [7]), reduce(operator.concat, ["a", "b", "c"]))
print(reduce(lambda a, b: {**a, b: len(b)}, ["aa", "b", "cccc"], {}))
print(reduce(operator.or_, ({i} for i in range(4))))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("empty", lambda: reduce(operator.add, []))
attempt("not iterable", lambda: reduce(operator.add, 5))
attempt("one arg", lambda: reduce(operator.add))
attempt("four args", lambda: reduce(operator.add, [], 1, 2))
attempt("kwargs", lambda: reduce(function=max, sequence=[1]))

def power(base, exponent, *, modulo=None):
    result = base ** exponent
    return result if modulo is None else result % modulo

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(3), two_to(10), two_to(100, modulo=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
print(square(4, exponent=3))

p = partial(max, 3, key=abs)
print(p, p(-7, 2), p.func, p.args, p.keywords)
print(partial(max), partial(sorted, reverse=True))
nested = partial(partial(max, 1, key=abs), 2)
print(nested, nested.args, nested(-5))

class Named:
    def __call__(self, *args, **kwargs):
        return (args, kwargs)
    def __repr__(self):
        return "Named()"

q = partial(Named(), 1, x=2)
print(q, q(3, y=4), q(x=5))

class MyPartial(partial):
    pass

mp = MyPartial(Named(), "a")
print(mp, type(mp).__name__, mp("b"), isinstance(mp, partial))
flat = partial(mp, "c")
print(flat, flat())

int_base2 = partial(int, base=2)
print(list(map(int_base2, ["101", "1111", "0"])))
print(sorted(["bb", "a", "ccc"], key=partial(len)))

attempt("no args", lambda: partial())
attempt("not callable", lambda: partial(1, 2))
attempt("missing", lambda: partial(power)())
attempt("repr args", lambda: partial(Named(), [1, 2], "s", k=None))
counter = partial(print, "tick", sep="-")
counter(1, 2)
counter(sep="+")

import copy
p1 = partial(sorted, key=abs)
p2 = copy.copy(p1)
p3 = copy.deepcopy(partial(max, [1], default=[0]))
print(p2, p2 is p1, p2([-3, 1, 2]), p3, p3.args[0] is not None)
