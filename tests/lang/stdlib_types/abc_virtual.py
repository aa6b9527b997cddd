from abc import ABC, abstractmethod
from collections import OrderedDict, deque, Counter
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set,
                             MutableSet, Generator, Collection, Reversible)


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable and any("draw" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Circle:
    def draw(self):
        return "circle"


class Text:
    pass


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), isinstance(Text(), Drawable))
Drawable.register(Text)
print(isinstance(Text(), Drawable), issubclass(Text, Drawable), issubclass(int, Drawable))


def gen():
    yield 1


values = [[1], (1,), "s", b"b", {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), len,
          lambda: 0, 3, OrderedDict(), deque(), Counter()]
abcs = [Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
        Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible]
for v in values:
    row = "".join("x" if isinstance(v, a) else "." for a in abcs)
    print(f"{type(v).__name__:>20} {row}")
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(tuple, Hashable))
