# Instances of float subclasses are real instances of the subclass: attributes, methods,
# __new__ and overridden dunders; float arithmetic on them gives plain floats.
import math, json


class F(float):
    def hi(self):
        return "hi " + repr(float(self))


f = F(1.5)
print(type(f).__name__, f, repr(f), str(f), f.hi())
print(isinstance(f, float), isinstance(f, F), issubclass(F, float))
f.tag = "x"
print(f.tag, vars(f))
print(f + 1, type(f + 1).__name__, 1 + f, type(1 + f).__name__)
print(f * f, type(f * f).__name__, f - 0.5, f / 2, f // 1, f % 1, f ** 2, divmod(f, 1))
print(-f, type(-f).__name__, +f, type(+f).__name__, abs(F(-2.5)), type(abs(F(-2.5))).__name__)
print(f == 1.5, f < 2, f > 1, 1.5 == f, f != 1.5, hash(f) == hash(1.5), bool(F(0.0)), bool(f))
print(int(f), float(f), type(float(f)).__name__, round(f), round(F(2.675), 2), math.floor(f), math.ceil(f), math.trunc(f))
print(math.sqrt(F(4.0)), math.isnan(F("nan")), F("inf"), F("  2.5 "), F(3), F(), type(F()).__name__)
print(f.is_integer(), f.as_integer_ratio(), f.hex(), f.real, type(f.real).__name__, f.imag, f.conjugate(), type(f.conjugate()).__name__)
print(format(f, ".3f"), f"{f:>8.2f}|", "%.2f" % f, "%s" % f, "{}".format(f), "%r" % f)
print(json.dumps(f), json.dumps([F(2.0)]), complex(f), complex(f, f), f + 1j)
print(sorted([F(3.0), 1.0, F(2.0)]), max(F(1.0), F(2.0)), sum([F(1.0), F(2.0)]), min([f, 0.5]))
print({f: 1}[1.5], 1.5 in {f}, f in [1.5], [1, 2, 3][int(f)])


class G(float):
    def __new__(cls, value, unit="m"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self

    def __repr__(self):
        return f"G({float(self)!r}, {self.unit!r})"

    def __add__(self, other):
        return G(float(self) + float(other), self.unit)

    def __str__(self):
        return f"{float(self)}{self.unit}"


g = G(2.0, "cm")
print(repr(g), str(g), g + 1, repr(g + 1), 1 + g, type(1 + g).__name__, g * 2, type(g * 2).__name__)
print(g.unit, float(g), int(g), g == 2.0, isinstance(g, float))


class H(G):
    pass


h = H(5.5)
print(repr(h), type(h).__name__, h.unit, H.__mro__[1].__name__, H.__mro__[2].__name__)
print(float.__repr__(h), float.__add__(h, 1), float.__new__(F, 7).hi())
print(type(float.__new__(float, 7)).__name__)


class S(float):
    __slots__ = ("w",)


s = S(1.25)
s.w = 3
print(s, s.w, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)


class Nan(float):
    pass


n = Nan("nan")
print(n, n == n, n != n, math.isnan(n))
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1.8p1")).__name__)


# mixed arithmetic, library functions and errors
import statistics
import struct

a, b = F(1.5), F(0.5)
print(a == F(1.5), a < b, a + b, type(a + b).__name__, 1 / F(2.0), 3 // F(2.0), 3 % F(2.0), divmod(3, F(2.0)))
print(2 ** F(0.5), F(2.0) ** 2, pow(F(2.0), 3), F(2.0) ** -1, 10 - a, 10 * a, 1.0 - a)
print(math.fsum([F(0.1)] * 10), math.isclose(a, 1.5), statistics.mean([F(1.0), F(2.0)]))
print(struct.pack("<d", F(1.5)).hex(), "%d %i %e %g" % (F(3.7), F(2.2), a, a), "%5.1f|" % a)
print(sorted([F("nan"), F(1.0)])[1] if False else sorted([F(2.0), F(1.0)]), min(F(2.0), 3), max(1, F(0.5)))
print(a.__class__.__name__, type(a).__mro__[1].__name__, F.__name__, F.__bases__[0].__name__)
for bad in (lambda: range(F(1.0)), lambda: [0][F(0.0)], lambda: "%x" % F(1.0), lambda: F("abc"), lambda: F([])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(F(1e20)), int(F(-2.9)), F(-0.0), math.copysign(1, F(-0.0)), F(1e308) * 10, -F(float("inf")))
print(float.__dict__["__add__"](a, 1), float.__dict__["__repr__"](a), float.is_integer(F(2.0)), F(2.0).__floor__(), F(2.5).__round__())
print(a.__float__(), type(a.__float__()).__name__, a.__int__(), a.__trunc__(), a.__abs__(), type(a.__neg__()).__name__)
print(a.__getnewargs__() if hasattr(a, "__getnewargs__") else (1.5,))
