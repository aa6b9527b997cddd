# Instances of complex subclasses keep their class, attributes and methods; complex
# arithmetic on them gives plain complex numbers.
class C(complex):
    def norm2(self):
        return self.real ** 2 + self.imag ** 2


c = C(3, 4)
print(type(c).__name__, c, repr(c), c.norm2(), abs(c), isinstance(c, complex))
c.tag = 1
print(c.tag, vars(c))
print(c + 1, type(c + 1).__name__, 1j * c, type(1j * c).__name__, -c, type(-c).__name__, +c, type(+c).__name__)
print(c == complex(3, 4), hash(c) == hash(complex(3, 4)), c.conjugate(), type(c.conjugate()).__name__, complex(c), type(complex(c)).__name__)
print(C(), C("1+2j"), C(1.5), c.real, c.imag, type(c.real).__name__, f"{c}", format(c, ".1f"), bool(C(0)))


class D(complex):
    def __new__(cls, re, im=0, label="d"):
        self = super().__new__(cls, re, im)
        self.label = label
        return self

    def __repr__(self):
        return f"D{complex(self)!r}:{self.label}"

    def __mul__(self, other):
        return D(complex(self) * other, label=self.label + "*")


d = D(1, 2, "x")
print(repr(d), repr(d * 2), d / 2, type(d / 2).__name__, str(d), d.label)
print(complex.__new__(C, 5).norm2(), type(complex.__new__(complex, 5)).__name__, c ** 2, pow(c, 2))
