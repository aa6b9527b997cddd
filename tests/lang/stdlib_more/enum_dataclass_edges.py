# Enum edge cases (aliases, _missing_, IntFlag, str mixins, tuple values with __init__,
# @unique, _generate_next_value_) and dataclass options (InitVar, kw_only, KW_ONLY, slots, frozen).
import enum, dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
class Shade(enum.Enum):
    LIGHT = 1
    PALE = 1
    DARK = 2
    @classmethod
    def _missing_(cls, value):
        return cls.DARK if value == 99 else None
class Http(enum.IntFlag):
    A = 1
    B = 2
    C = 4
class S(str, enum.Enum):
    X = "x"
    Y = "y"
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return 6.67e-11 * self.mass / self.radius ** 2
print(Color.RED, repr(Color.RED), f"{Color.RED}", str(Color.GREEN), format(Color.GREEN, "03d"), Color.RED + 1)
print(Shade.PALE is Shade.LIGHT, list(Shade), Shade.__members__.keys(), Shade(99), repr(Shade(1)))
try: Shade(5)
except ValueError as e: print(e)
print(Http.A | Http.B, repr(Http.A | Http.C), Http(7), Http.A in Http(3), list(Http(5)), int(Http.B | Http.C), ~Http.A)
print(S.X, repr(S.X), f"{S.Y}", S.X == "x", S("y"), S.X.upper(), str(S.X), format(S.X))
print(Planet.EARTH.mass, round(Planet.EARTH.g, 2), Planet.EARTH.value, Planet.EARTH.name)
try:
    @enum.unique
    class U(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Auto(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ONE = enum.auto()
    TWO = enum.auto()
print(list(Auto), Auto.ONE.value, Auto["TWO"], Auto("two"))
print(enum.Enum("Dyn", "a b c").b, list(enum.Enum("Dyn2", [("x", 10), ("y", 20)])))
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
print(len(Color), Color(2).name, Color["RED"].value, Color.RED < Color.GREEN, sorted(Color, reverse=True), hash(Color.RED) == hash(1))
print(isinstance(Color.RED, int), type(Color.RED).__mro__)
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    scale: InitVar[int] = 1
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = (self.x + self.y + self.z) * scale
d = Derived(1, 2, 3, scale=10)
print(d, d.total, dataclasses.fields(d)[-1].name, dataclasses.is_dataclass(d))
@dataclass(kw_only=True)
class Opts:
    a: int
    b: str = "b"
print(Opts(a=1))
try: Opts(1)
except TypeError as e: print(e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
print(Mixed(1, b=3))
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(e)
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, "__dict__"))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), Derived.__match_args__)
@dataclass(frozen=True, order=True)
class Fz:
    a: int
    b: tuple = ()
f = Fz(1, (2,))
try: f.a = 2
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
try: del f.a
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
print(hash(f) == hash(Fz(1, (2,))), Fz(1) < Fz(2), {f: 1}[Fz(1, (2,))])
print(repr(field(default=1))[:30])
