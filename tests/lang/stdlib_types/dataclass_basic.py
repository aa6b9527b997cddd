from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass)
from typing import List, Optional, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, Point(1), Point(y=5, x=2), p.dist2(), repr(p), str(p))
print(p == Point(3, 4), p != Point(3, 5), p == (3, 4), Point.__hash__, Point.y)
print(Point.__match_args__, [f.name for f in fields(p)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=10), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(Point.__doc__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
p.x = 30
print(p)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    note: Optional[str] = None
    total: ClassVar[int] = 0

    def add(self, item):
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + 1
        Inventory.total += 1


a = Inventory("a")
b = Inventory("b", note="second")
a.add("apple")
a.add("apple")
b.add("pear")
print(a, b, a.counts, Inventory.total, [f.name for f in fields(Inventory)])
print(a.items is not b.items, asdict(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{self.label}"


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0, "-rc")]
print(sorted(vs), max(vs), str(min(vs)))
print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
print(len({Version(1), Version(1, 0), Version(2)}), hash(Version(1)) == hash(Version(1, 0, 0)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(replace(vs[0], patch=9))


@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list)


@dataclass
class Derived(Base):
    name: str = "anon"
    id: int = 7


print(Derived(), Derived(1, ["t"], "x"), [f.name for f in fields(Derived)])


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 1.0
    scaled: float = field(init=False)

    def __post_init__(self, factor):
        self.scaled = self.value * factor


print(Scaled(2.0), Scaled(2.0, 3.0), [f.name for f in fields(Scaled)], replace(Scaled(1.0), value=4.0))


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int = 1


print(Options("x"), Options("y", verbose=True, depth=3), Options.__match_args__)


@dataclass(kw_only=True)
class Request:
    url: str
    method: str = "GET"


print(Request(url="/"), Request(method="POST", url="/api"))


@dataclass(eq=False)
class Identity:
    value: int


i = Identity(1)
print(i == Identity(1), i == i, Identity.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashed(1)) == hash(Hashed(1, [2])), Hashed(1) == Hashed(1, [2]))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root, asdict(Node(5, [Node(6)])), astuple(Node(7)))
loop = Node(0)
loop.children.append(loop)
print(loop)


@dataclass
class WithMeta:
    x: int = field(default=1, metadata={"unit": "m"})


f = fields(WithMeta)[0]
print(f.name, f.default, f.metadata["unit"], f.default_factory is MISSING, f.init, f.repr, f.compare)


@dataclass(repr=False, init=False)
class Manual:
    x: int = 5

    def __init__(self):
        self.x = 99


print(Manual().x, Manual() == Manual(), "at 0x" in repr(Manual()))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))
Dyn = make_dataclass("Dyn", ["a", ("b", int), ("c", int, field(default=3))])
print(Dyn(1, 2), Dyn(1, 2, 4), [f.name for f in fields(Dyn)])


@dataclass
class Rec:
    name: str
    inner: Point
    pts: list
    table: dict


r = Rec("r", Point(1, 2), [Point(3, 4)], {"k": Point(5, 6)})
print(asdict(r))
print(astuple(r))


@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 0

    inner: "Outer.Inner" = None


print(Outer.Inner(), Outer(Outer.Inner(2)))
