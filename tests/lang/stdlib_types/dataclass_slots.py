from dataclasses import dataclass, field, fields
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'), [f.name for f in fields(P)], P.__qualname__, P.__init__.__qualname__)
try: p.z = 3
except AttributeError as e: print(e)
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(1)
print(f, hash(f) == hash(F(1)))
try: f.a = 2
except Exception as e: print(type(e).__name__, e)
@dataclass(slots=True)
class Q(P):
    z: int = 5
print(Q(1, 2, [], 3), Q.__slots__)
try:
    @dataclass(slots=True)
    class R:
        __slots__ = ('x',)
        x: int
except TypeError as e: print(e)
