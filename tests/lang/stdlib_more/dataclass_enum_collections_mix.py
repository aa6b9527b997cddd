# dataclasses (order, frozen, field options), Enum/IntEnum/Flag, collections and itertools
# together, with f-string, format() and %-formatting of the results.
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, Flag, auto
from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
import itertools, functools

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Status(Enum):
    OPEN = "open"
    DONE = "done"
    BLOCKED = auto() if False else "blocked"

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

@dataclass(order=True)
class Task:
    priority: Priority
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)
    status: Status = field(default=Status.OPEN, compare=False)

    def __post_init__(self):
        if not self.name:
            raise ValueError("empty name")

@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def __add__(self, o): return Point(self.x + o.x, self.y + o.y)

tasks = [Task(Priority.HIGH, "deploy", ["ops"]), Task(Priority.LOW, "docs"), Task(Priority.MEDIUM, "review", ["dev", "qa"])]
for t in sorted(tasks):
    print(t, t.priority.name, int(t.priority), f"{t.priority!r}", f"{t.status}", f"{t.status!s:>20}|")
print(asdict(tasks[0]), astuple(tasks[1]))
print(replace(tasks[1], name="docs2"))
print([f.name for f in fields(Task)])
try:
    Task(Priority.LOW, "")
except ValueError as e:
    print("ValueError:", e)
p = Point(1, 2) + Point(0.5, 0.5)
print(p, hash(p) == hash(Point(1.5, 2.5)))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
print(Perm.R | Perm.W, (Perm.R | Perm.W) & Perm.W, Perm.X in (Perm.R | Perm.X), repr(Perm.R | Perm.X))
print(list(Perm), Perm(3), Perm(0), bool(Perm(0)))
print(Status("done"), Status["OPEN"], list(Status), Status.DONE.value)
try:
    Status("nope")
except ValueError as e:
    print(e)
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
by_tag = defaultdict(list)
for t in tasks:
    for tag in t.tags or ["untagged"]:
        by_tag[tag].append(t.name)
print(dict(by_tag), by_tag.default_factory)
c = Counter("mississippi")
print(c.most_common(3), c["s"], c["z"], sorted(c.elements())[:5], c.total())
c2 = Counter(a=3, b=1) - Counter(a=1, b=2)
print(c2, +c2, c2 | Counter(c=2), c2 & Counter(a=1))
Pair = namedtuple("Pair", "left right", defaults=[0])
pp = Pair(1)
print(pp, pp._asdict(), pp._replace(left=5), Pair._fields, Pair._field_defaults)
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
print(od, list(od.items()), od.popitem(last=False))
d = deque(range(5), maxlen=3)
d.rotate(1); d.appendleft(9)
print(d, d.maxlen, list(reversed(d)))
groups = itertools.groupby(sorted(tasks, key=lambda t: len(t.tags)), key=lambda t: len(t.tags))
print([(k, [t.name for t in g]) for k, g in groups])
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=1)))
print(list(itertools.pairwise("abcd")), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.islice(itertools.cycle("ab"), 5)))
print(functools.reduce(lambda a, b: a + b, map(str, range(5))))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
print(f"{3.14159:.2f} {1234567:,} {0.25:%} {255:#x} {255:08b} {'hi':^10}| {-5:+d} {1e20:g} {12.5:e}")
print("%-6s|%5.1f|%03d|%x|%r" % ("ab", 2.345, 7, 255, "q"))
print("{0}{1}{0}".format("a", "b"), "{name:>{w}}".format(name="x", w=4), format(1234.5, ",.1f"))
