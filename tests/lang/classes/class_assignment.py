# obj.__class__ = Other between compatible classes: method dispatch follows the new class
# (also through warmed-up call sites); incompatible layouts are refused.
class Animal:
    def speak(self): return "..."
    def describe(self): return f"{type(self).__name__} says {self.speak()}"
class Dog(Animal):
    def speak(self): return "woof"
class Cat(Animal):
    def speak(self): return "meow"
pets = [Dog(), Cat(), Dog()]
for p in pets: print(p.describe())
pets[0].__class__ = Cat
pets[1].name = "tom"
pets[1].__class__ = Dog
for _ in range(3):
    for p in pets: print(p.describe(), isinstance(p, Dog), vars(p))
class SlotA:
    __slots__ = ("v",)
class SlotB:
    __slots__ = ("v",)
class SlotC:
    __slots__ = ("w",)
a = SlotA(); a.v = 5
a.__class__ = SlotB
print(type(a).__name__, a.v)
try:
    a.__class__ = SlotC
except TypeError as e:
    print(e)
class E1(Exception): pass
class E2(Exception): pass
e = E1("x"); e.__class__ = E2; print(repr(e), isinstance(e, E2))
class LA(list): pass
class LB(list): pass
l = LA([1, 2]); l.__class__ = LB; print(type(l).__name__, l)
try:
    l.__class__ = list
except TypeError as e:
    print(e)
try:
    Dog().__class__ = LA
except TypeError as e:
    print(e)
