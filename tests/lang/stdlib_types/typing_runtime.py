# Run-time checks with typing objects; these need isinstance() to consult
# __instancecheck__, subscriptable built-in types and X | Y on classes.
from typing import List, Dict, Iterable, Protocol, runtime_checkable, Optional


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closable), isinstance(3, Closable))
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), issubclass(dict, Dict))
print(list[int], dict[str, list[int]], tuple[int, ...])
print(int | None, int | str | None, Optional[int] == (int | None))


def total(xs: list[int]) -> int | None:
    return sum(xs) if xs else None


print(total([1, 2]), total([]), total.__annotations__)


class IntList(List[int]):
    pass


print(IntList([1, 2]), IntList.__mro__)
