from dataclasses import dataclass, field, fields, asdict, replace, is_dataclass
from typing import List, Optional


@dataclass
class Shape:
    name: str
    color: str = "black"
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.tags.append("shape")

    def area(self) -> float:
        return 0.0


@dataclass
class Rect(Shape):
    width: float = 1.0
    height: float = 1.0

    def __post_init__(self):
        super().__post_init__()
        self.tags.append("rect")

    def area(self):
        return self.width * self.height


@dataclass
class Square(Rect):
    color: str = "red"

    def __post_init__(self):
        self.height = self.width
        super().__post_init__()


shapes = [Shape("blob"), Rect("door", width=1, height=2.5), Square("tile", width=3)]
for s in shapes:
    print(s, s.area(), [f.name for f in fields(s)])
print(Square.__init__.__qualname__, Square.__repr__.__qualname__, Square.__eq__.__qualname__)
print(Square("a", width=2) == Square("a", width=2), Square("a", width=2) == Rect("a", "red", width=2, height=2))


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

    def moved(self, dlat, dlon):
        return replace(self, lat=self.lat + dlat, lon=self.lon + dlon)


@dataclass(frozen=True)
class Place(Coord):
    label: str = ""


home = Place(52.5, 13.4, "home")
visits = {home: 3, Coord(48.9, 2.35): 1}
visits[Place(52.5, 13.4, "home")] += 1
print(visits, home.moved(0.5, -0.4), hash(home) == hash(Place(52.5, 13.4, "home")))
print(sorted([Coord(2, 1), Coord(1, 5), Coord(1, 2)], key=lambda c: (c.lat, c.lon)))


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    retries: int = field(default=0, compare=False, repr=False)


queue = sorted([Job(3, "backup"), Job(1, "deploy"), Job(2, "test"), Job(1, "alert")])
print(queue, [j.name for j in queue], Job(1, "x") == Job(1, "y"))


@dataclass
class Tree:
    value: int
    children: List["Tree"] = field(default_factory=list)
    parent: Optional["Tree"] = field(default=None, repr=False, compare=False)

    def add(self, value):
        child = Tree(value, parent=self)
        self.children.append(child)
        return child

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()


root = Tree(1)
a = root.add(2)
a.add(4).add(8)
root.add(3)
print(root.total(), a.children[0].children[0].depth(), asdict(Tree(5, [Tree(6)])))
print(Tree(5, [Tree(6)]), is_dataclass(root), is_dataclass(Tree))


@dataclass
class Counter:
    count: int = 0
    step: int = field(default=1, kw_only=True)

    def __call__(self):
        self.count += self.step
        return self.count


c = Counter(step=5)
print(c(), c(), c, Counter(10), Counter(1, step=2)())
