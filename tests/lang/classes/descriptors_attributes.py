# Descriptors, attribute hooks, __dict__, vars/getattr/setattr/hasattr/delattr, __slots__-free
# attribute storage and private name mangling.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ada", 36)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)

class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        value = self.f(obj)
        obj.__dict__[self.f.__name__] = value  # non-data descriptor: instance wins next time
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("reset")
        self._c = 0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius)
for bad in (lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "fahrenheit")):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError:", e)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dynamic()
d.real = 1
print(d.real, d.xyz, getattr(d, "nope", "default"), hasattr(d, "xa"), hasattr(d, "b"))

class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
l = Logged()
l.a = 1
l.b = 2
del l.a
print(l.log, l.secret, l.b, hasattr(l, "a"))

class Bag:
    pass
b = Bag()
setattr(b, "x", 1)
b.y = 2
b.__dict__["z"] = 3
print(vars(b), b.z, getattr(b, "x"))
delattr(b, "x")
print(hasattr(b, "x"), b.__dict__)
b.__dict__ = {"fresh": True}
print(b.fresh, vars(b))
for bad in (lambda: b.missing, lambda: delattr(b, "missing"), lambda: Bag.missing):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError:", e)

class Private:
    def __init__(self):
        self.__hidden = 1
        self._Private__also = 2
    def reveal(self):
        return self.__hidden, self.__also
pr = Private()
print(pr.reveal(), sorted(vars(pr)), hasattr(pr, "__hidden"))

# Many attributes, deleted and re-added, in different orders.
objs = []
for i in range(50):
    o = Bag()
    for j in range(i % 7):
        setattr(o, "a%d" % ((i + j) % 5), j)
    if i % 3 == 0 and vars(o):
        delattr(o, next(iter(vars(o))))
    objs.append(sorted(vars(o).items()))
print(objs[:8], len(objs))
class Wide:
    pass
w = Wide()
for i in range(100):
    setattr(w, "f%d" % i, i)
print(sum(getattr(w, "f%d" % i) for i in range(100)), len(vars(w)))

class Counter:
    count = 0
    def bump(self):
        self.count += 1  # creates an instance attribute shadowing the class one
        return self.count
k = Counter()
print(k.bump(), k.bump(), Counter.count, k.count)
k.bump = lambda: "instance attribute wins"
print(k.bump())
