# What a class dict (vars(C), a mappingproxy) holds and in which order: __module__, the
# body, then __dict__/__weakref__ descriptors and __doc__; MappingProxyType itself.
class A:
    """doc A"""
    x = 1
    def m(self): pass
class B(A):
    y = 2
class S:
    __slots__ = ('a', 'b')
class S2:
    __slots__ = ('a', '__dict__')
class S3:
    __slots__ = ('__weakref__',)
class E(Exception): pass
class L(list): pass
class Meta(type): pass
class M(metaclass=Meta): pass
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: str = "x"
import enum
class Color(enum.Enum):
    RED = 1
for c in (A, B, S, S2, S3, E, L, M):
    d = vars(c)
    print(c.__name__, type(d).__name__, [k for k in d])
print(list(DC.__dict__))
print(type(A.__dict__['__dict__']).__name__, type(A.__dict__['__weakref__']).__name__)
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(repr(A.__dict__['__doc__']), A.__dict__['__module__'])
print(B.__doc__, repr(B.__dict__.get('__doc__', 'missing')))
print(type(S.__dict__['a']).__name__, S.__dict__['a'])
print(A.__dict__['m'].__name__, A.__dict__['x'])
print(len(A.__dict__), len(B.__dict__), '__dict__' in B.__dict__)
print(A.__dict__.get('x'), 'x' in A.__dict__, A.__dict__['x'])
try:
    A.__dict__['x'] = 3
except TypeError as e:
    print(e)
print(sorted(k for k in vars(int) if k != '__doc__')[:8])
print(vars(A) is vars(A), vars(A) == vars(A), type(vars(A)))
print(str(vars(B)).startswith("{'__module__': '__main__', 'y': 2, '__doc__': None}"))
print(vars(B))
print(repr(vars(S))[:60])
class N:
    __qualname__ = "Custom"
    __module__ = "mymod"
print(list(vars(N)), N.__qualname__, N.__module__)
import types
print(types.MappingProxyType({'a': 1}), repr(types.MappingProxyType({'a': 1})))
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(list(mp.items()), mp.copy(), mp | {'c': 3}, len(mp), list(reversed(mp)))
print(object.__dict__['__class__'])
print(type(vars(A)).__name__)
o = A()
print(vars(o))
o.z = 3
print(vars(o), o.__dict__)
try:
    vars(1)
except TypeError as e:
    print(e)
try:
    vars(S())
except TypeError as e:
    print(e)
print(Color.__dict__['RED'] if False else list(k for k in vars(Color) if not k.startswith('_')))
print(A.__dict__.keys(), )
