from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Mapping, Optional,
                    Sequence, Tuple, TypeVar, Union, get_type_hints, overload)

T = TypeVar("T")
U = TypeVar("U")
Number = Union[int, float]
Matrix = List[List[float]]


def mean(values: "Sequence[Number]") -> "Optional[float]":
    return sum(values) / len(values) if values else None


def transpose(m: Matrix) -> Matrix:
    return [list(row) for row in zip(*m)]


def apply(f: Callable[[T], U], items: Iterable[T]) -> List[U]:
    return [f(x) for x in items]


def group_by(items: Iterable[T], key: Callable[[T], str]) -> Dict[str, List[T]]:
    out: Dict[str, List[T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


class Pipeline(Generic[T]):
    def __init__(self, source: Iterable[T]) -> None:
        self._source = source
        self._steps: List[Callable[[Any], Any]] = []

    def map(self, f: Callable[[T], U]) -> "Pipeline[U]":
        self._steps.append(lambda it: (f(x) for x in it))
        return self  # type: ignore[return-value]

    def filter(self, pred: Callable[[T], bool]) -> "Pipeline[T]":
        self._steps.append(lambda it: (x for x in it if pred(x)))
        return self

    def __iter__(self) -> Iterator[T]:
        it: Iterable[Any] = self._source
        for step in self._steps:
            it = step(it)
        return iter(it)


@overload
def first(xs: List[T]) -> T: ...
@overload
def first(xs: Tuple[T, ...]) -> T: ...
def first(xs):
    return xs[0]


def describe(mapping: Mapping[str, Tuple[int, int]], *, sep: str = ", ") -> str:
    return sep.join(f"{k}={a}x{b}" for k, (a, b) in sorted(mapping.items()))


print(mean([1, 2, 3.5]), mean([]), transpose([[1, 2, 3], [4, 5, 6]]))
print(apply(str.upper, ["a", "b"]), group_by(["apple", "avocado", "banana"], lambda s: s[0]))
print(list(Pipeline(range(10)).filter(lambda x: x % 3 == 0).map(lambda x: x * x)))
print(first([7, 8]), first((9,)), describe({"b": (1, 2), "a": (3, 4)}, sep="; "))
print(mean.__annotations__)
print(get_type_hints(mean))
print(get_type_hints(apply))
print(get_type_hints(Pipeline.map))
print(get_type_hints(describe))
print(Number, Matrix, Optional[Number], Callable[[Matrix], Number])
