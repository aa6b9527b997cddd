from typing import (Generic, TypeVar, NamedTuple, TypedDict, Protocol, Optional, List,
                    Dict, Iterator, runtime_checkable, get_type_hints, is_typeddict)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

    def __len__(self) -> int:
        return len(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.pop(), len(s), type(s).__name__, Stack[int], Stack[str] == Stack[str])
print(Stack.__parameters__, Stack[int].__origin__, Stack[int].__args__, isinstance(s, Stack))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


print(Pair("a", 1).swap(), Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError", e)


class Labeled(Stack[str] if False else Stack):
    pass


print(Labeled.__parameters__, isinstance(Labeled(), Stack))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100

    def describe(self) -> str:
        return f"{self.name} ({self.dept})"

    @property
    def monthly(self) -> float:
        return self.salary / 12


e = Employee("ann")
print(e, e.describe(), f"{e.monthly:.2f}", e._replace(dept="ops"), e._asdict())
print(Employee._fields, Employee._field_defaults, Employee.__annotations__, isinstance(e, tuple))
print(Employee.__mro__, Employee("bob", salary=5) < Employee("bob", salary=6))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__, Point._fields)
Point3 = NamedTuple("Point3", x=int, y=int, z=int)
print(Point3(1, 2, 3))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError", err)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as err:
    print("AttributeError", err)


class Movie(TypedDict):
    title: str
    year: int


class RatedMovie(Movie, total=False):
    rating: float


m = Movie(title="Alien", year=1979)
print(m, type(m).__name__, Movie.__required_keys__ == {"title", "year"}, RatedMovie.__optional_keys__)
print(RatedMovie.__total__, Movie.__total__, RatedMovie.__annotations__, is_typeddict(Movie), is_typeddict(dict))
r: RatedMovie = {"title": "Heat", "year": 1995, "rating": 8.3}
print(r["rating"], RatedMovie(title="x", year=1))
Song = TypedDict("Song", {"name": str, "plays": int})
print(Song(name="s", plays=3), Song.__annotations__, sorted(Song.__required_keys__))


class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self) -> None:
        self.closed = True


def shutdown(things: List[SupportsClose]) -> int:
    for t in things:
        t.close()
    return len(things)


res = [Resource("a"), Resource("b")]
print(shutdown(res), [r.closed for r in res])
try:
    SupportsClose()
except TypeError as err:
    print("TypeError", err)


@runtime_checkable
class Named(Protocol):
    name: str


class Implementation(SupportsClose):
    def close(self) -> None:
        print("closing")


Implementation().close()
print(SupportsClose._is_protocol, Implementation._is_protocol, Named._is_runtime_protocol)


class Repo(Generic[T]):
    def __init__(self) -> None:
        self.data: Dict[int, T] = {}

    def add(self, key: int, item: T) -> Optional[T]:
        old = self.data.get(key)
        self.data[key] = item
        return old

    def get(self, key: int) -> Optional[T]:
        return self.data.get(key)


repo: Repo[Employee] = Repo()
print(repo.add(1, e), repo.add(1, Employee("zed")), repo.get(1), repo.get(2))
print(get_type_hints(Repo.add))
