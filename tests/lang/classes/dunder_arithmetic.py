# Arithmetic special methods: forward, reflected (also for subclasses), in-place, unary.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __rmul__(self, k):
        return V(*[k * a for a in self.c])
    def __matmul__(self, o):
        return sum([a * b for a, b in zip(self.c, o.c)])
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __invert__(self):
        return V(*reversed(self.c))
    def __abs__(self):
        return sum([a * a for a in self.c]) ** 0.5
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n): return V(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rand__(self, o): return "rand"
    def __ror__(self, o): return "ror"
    def __rxor__(self, o): return "rxor"
    def __rsub__(self, o): return "rsub"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rmatmul__(self, o): return "rmatmul"

a, b = V(1, 2, 3), V(4, 5, 6)
print(a + b, a + 1, 1 + a, 2.5 + a, a - b, a * 2, 3 * a, a @ b)
print(a / 2, a // 2, a % 2, a ** 2, -a, +a, ~a, abs(V(3, 4)))
print(a << 1, a >> 1, a & 1, a | 1, a ^ 1, 1 & a, 1 | a, 1 ^ a)
print(1 - a, 1 / a, 1 // a, 1 % a, 2 ** a, 1 << a, 1 >> a, [1] @ a)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self

acc = Acc()
acc += 1
acc += 2
acc -= 1
acc *= 3
print(acc.items)

# Without __iadd__, += falls back to __add__ and rebinds.
v = V(1)
w = v
v += V(10)
print(v, w, v is w)

# A subclass's reflected method wins over the base's forward one.
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())

# NotImplemented on both sides gives the TypeError.
class Nothing:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
for expr in (lambda: Nothing() + 1, lambda: 1 + Nothing(), lambda: Nothing() + Nothing(),
             lambda: -Nothing(), lambda: Nothing() < 1, lambda: ~Nothing()):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
