"""World model for the text adventure: rooms, items, doors and the player."""
from collections import defaultdict
from dataclasses import dataclass, field
from enum import Enum
from functools import total_ordering


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"
    UP = "u"
    DOWN = "d"

    @property
    def opposite(self):
        pairs = {"n": "s", "e": "w", "u": "d"}
        pairs.update({v: k for k, v in list(pairs.items())})
        return Dir(pairs[self.value])

    @classmethod
    def parse(cls, word):
        word = word.lower()
        for d in cls:
            if word in (d.value, d.name.lower()):
                return d
        raise GameError(f"'{word}' is not a direction")


class GameError(Exception):
    """Anything the player did that the game refuses."""


class Blocked(GameError):
    pass


class NotHere(GameError):
    def __init__(self, noun):
        super().__init__(f"there is no {noun} here")
        self.noun = noun


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


@total_ordering
@dataclass(eq=False)
class Item:
    name: str
    weight: int = 1
    value: int = 0
    tags: frozenset = frozenset()
    desc: str = ""

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name

    def __lt__(self, other):
        return self.name < other.name

    def __hash__(self):
        return hash(self.name)

    def __str__(self):
        return f"a {self.name}" if self.name[0] not in "aeiou" else f"an {self.name}"


class Container(Item):
    def __init__(self, name, capacity, **kw):
        super().__init__(name, **kw)
        self.capacity = capacity
        self.contents = []
        self.locked = "locked" in self.tags

    @property
    def load(self):
        return sum(i.weight for i in self.contents)

    def put(self, item):
        if self.locked:
            raise Blocked(f"the {self.name} is locked")
        if self.load + item.weight > self.capacity:
            raise Blocked(f"{item} does not fit in the {self.name}")
        self.contents.append(item)


@dataclass
class Door:
    key: str | None = None
    locked: bool = False


@dataclass
class Room:
    name: str
    desc: str
    dark: bool = False
    items: list = field(default_factory=list)
    exits: dict = field(default_factory=dict)
    doors: dict = field(default_factory=dict)
    visits: int = 0

    def find(self, noun):
        for it in self.items:
            if it.name == noun or noun in it.name.split():
                return it
        raise NotHere(noun)


class World:
    def __init__(self):
        self.rooms = {}

    def room(self, name, desc, **kw):
        self.rooms[name] = Room(name, desc, **kw)
        return self.rooms[name]

    def link(self, a, d, b, door=None):
        self.rooms[a].exits[d] = b
        self.rooms[b].exits[d.opposite] = a
        if door:
            self.rooms[a].doors[d] = door
            self.rooms[b].doors[d.opposite] = door

    def map_edges(self):
        seen = set()
        edges = defaultdict(list)
        for name in sorted(self.rooms):
            for d, other in sorted(self.rooms[name].exits.items(), key=lambda kv: kv[0].value):
                key = tuple(sorted((name, other)))
                if key not in seen:
                    seen.add(key)
                    edges[name].append((d.name.lower(), other))
        return dict(edges)


def build_world():
    w = World()
    w.room("hall", "A dusty entrance hall.")
    w.room("library", "Shelves of mouldering books.", items=[Item("lamp", 2, 5, frozenset({"light"}))])
    w.room("cellar", "It smells of damp earth.", dark=True,
           items=[Item("silver key", 1, 20, frozenset({"key"})), Item("old coin", 1, 50)])
    w.room("study", "A quiet study with a heavy desk.",
           items=[Container("chest", 6, tags=frozenset({"locked", "fixed"}), weight=99)])
    w.room("garden", "Overgrown and bright.", items=[Item("rope", 3, 2), Item("apple", 1, 1, frozenset({"food"}))])
    w.room("tower", "Wind howls around the top of the tower.")
    w.link("hall", Dir.NORTH, "library")
    w.link("hall", Dir.DOWN, "cellar")
    w.link("library", Dir.EAST, "study", Door(key="silver key", locked=True))
    w.link("hall", Dir.WEST, "garden")
    w.link("garden", Dir.UP, "tower")
    chest = w.rooms["study"].items[0]
    chest.contents.append(Item("crown", 4, 500, frozenset({"treasure"})))
    return w
