from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", f"[{Color.RED:>12}]")
print(Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__.items()))
print(Color(2), Color["BLUE"], Color["CRIMSON"], Color(Color.RED))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(isinstance(Color.RED, Color), type(Color.RED), type(Color.RED).__name__, Color)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print([c.name for c in Color], getattr(Color, "GREEN"), Color.GREEN.GREEN)


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()

    @property
    def is_early(self):
        return self.value < 3

    def describe(self):
        return f"{self.name.title()} ({self.value})"

    @classmethod
    def first(cls):
        return next(iter(cls))


print(list(Weekday))
print(Weekday.TUESDAY.is_early, Weekday.THURSDAY.is_early, Weekday.WEDNESDAY.describe())
print(Weekday.first(), auto(), repr(auto(5)))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p, p.value, f"{p.surface_gravity:.2f}")
print(Planet((5.976e+24, 6.37814e6)))


class Coin(Enum):
    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj

    PENNY = (1, "penny")
    DIME = (10, "dime")


print(Coin(10), Coin.PENNY.label, Coin.DIME.value, list(Coin))


class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Direction(Lower):
    NORTH = auto()
    SOUTH = auto()


print(list(Direction), Direction("south"))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("ACTIVE"), Status("Inactive"))


class Ordered(Enum):
    def __lt__(self, other):
        if type(self) is type(other):
            return self.value < other.value
        return NotImplemented


class Size(Ordered):
    LARGE = 3
    SMALL = 1
    MEDIUM = 2


print(sorted(Size), Size.SMALL < Size.LARGE, max(Size))

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.BEE.value, Animal.__module__)
Pet = Enum("Pet", [("DOG", "woof"), ("CAT", "meow")])
print(list(Pet), Pet("meow"))
Shape = Enum("Shape", {"CIRCLE": 0, "SQUARE": 4})
print(list(Shape), Shape.SQUARE.value)
Numbered = Enum("Numbered", "A, B, C", start=10)
print(list(Numbered))


@unique
class Mistake(Enum):
    ONE = 1
    TWO = 2


print(list(Mistake))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Empty), Empty)


class Config(Enum):
    A = 1
    _ignore_ = ["B"]
    B = 2
    helper = lambda self: "helper"


print(list(Config), Config.A.helper())
print(Color.RED.__class__.__mro__[1:])
