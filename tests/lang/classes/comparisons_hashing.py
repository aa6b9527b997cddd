# Rich comparisons, reflection, __eq__/__hash__ rules, sorting and containers of instances.

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), min(vs), max(vs))
print(Version(1) < Version(2), Version(2) > Version(1), Version(1) >= Version(1))
print(Version(1, 2) in vs, vs.count(Version(1, 2)), vs.index(Version(0, 9)))
print(len(set(vs)), {Version(1): "one"}[Version(1)])
print(Version(1) == 1, Version(1) != 1, 1 == Version(1))

class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__, OnlyEq() == 5, OnlyEq() != 5)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p), {p: 1}[p])

class EqWithHash:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    __hash__ = object.__hash__
a = EqWithHash(1)
print(a == EqWithHash(1), len({a, EqWithHash(1)}))

class Weird:
    def __lt__(self, o):
        return "weird"
    def __gt__(self, o):
        return "reflected"
print(Weird() < 1, 1 > Weird(), 1 < Weird())

class Unorderable:
    pass
try:
    sorted([Unorderable(), Unorderable()])
except TypeError as e:
    print("TypeError:", e)
try:
    Unorderable() <= 3
except TypeError as e:
    print("TypeError:", e)

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Truthy(True)), bool(Truthy(False)), bool(Sized(0)), bool(Sized(2)), bool(Plain()))
print("yes" if Sized(1) else "no", not Sized(0), Truthy(False) or "fallback")
for bad in (lambda: bool(Truthy(1)), lambda: len(Sized(-1)), lambda: len(Sized("x"))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
