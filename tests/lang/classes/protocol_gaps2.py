# PEP 560 __mro_entries__, big __hash__ results, assigned __module__, __slots__ with __doc__, __subclasses__, __subclasshook__, unhashable containers.
class Alias:
    def __mro_entries__(self, bases): return (dict,)
class D(Alias()): pass
print(D.__mro__, D.__orig_bases__[0].__class__.__name__)
class B:
    def __hash__(self): return 2**62
print(hash(B()))
class C: pass
C.__module__ = "elsewhere"
print(C)
class A:
    __slots__ = ('__doc__',)
class E(A): pass
print(A.__subclasses__(), object.__subclasshook__(int), list.__hash__, dict.__hash__)
import __future__
print(__future__.annotations.getMandatoryRelease(), list[int] | None)
