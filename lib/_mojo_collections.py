"""The storage of Mojo's Set[T] in fn code (frontend/static_set.cpp).

Mojo's Set keeps its elements in insertion order (it is built on Dict), and programs see
that order when they loop over a set or print it. A Python set does not keep it, so fn
code holds this class instead: a dict whose keys are the elements. The VM imports this
module the first time fn code builds a Set (see vm/lazy_builtins.cpp).
"""


class MojoSet:
    __slots__ = ("_items",)

    def __init__(self, *elements):
        self._items = dict.fromkeys(elements)

    def update_from(self, elements):
        self._items.update(dict.fromkeys(elements))

    def copy(self):
        result = MojoSet()
        result._items = self._items.copy()
        return result

    def __len__(self):
        return len(self._items)

    def __contains__(self, element):
        return element in self._items

    def __iter__(self):
        return iter(self._items)

    def __str__(self):
        return "{" + ", ".join(repr(e) for e in self._items) + "}"

    def add(self, element):
        self._items[element] = None

    def remove(self, element):
        if element not in self._items:
            raise KeyError(element)
        del self._items[element]

    def discard(self, element):
        self._items.pop(element, None)

    def pop(self):
        # The first element in insertion order, as Mojo's Set.pop.
        if not self._items:
            raise KeyError("pop from an empty set")
        first = next(iter(self._items))
        del self._items[first]
        return first

    def clear(self):
        self._items.clear()

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def intersection(self, other):
        return MojoSet(*(e for e in self._items if e in other._items))

    def difference(self, other):
        return MojoSet(*(e for e in self._items if e not in other._items))

    def symmetric_difference(self, other):
        mine = [e for e in self._items if e not in other._items]
        theirs = [e for e in other._items if e not in self._items]
        return MojoSet(*mine, *theirs)

    def update(self, other):
        for e in other._items:
            self._items[e] = None

    def intersection_update(self, other):
        self._items = self.intersection(other)._items

    def difference_update(self, other):
        for e in other._items:
            self._items.pop(e, None)

    def symmetric_difference_update(self, other):
        self._items = self.symmetric_difference(other)._items

    def issubset(self, other):
        return all(e in other._items for e in self._items)

    def issuperset(self, other):
        return other.issubset(self)

    def isdisjoint(self, other):
        return not any(e in other._items for e in self._items)

    def __eq__(self, other):
        return self._items.keys() == other._items.keys()

    def __ne__(self, other):
        return not self == other

    def __le__(self, other):
        return self.issubset(other)

    def __ge__(self, other):
        return self.issuperset(other)

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    __or__ = union
    __and__ = intersection
    __sub__ = difference
    __xor__ = symmetric_difference

    def __ior__(self, other):
        self.update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self


# The name fn code calls to build a Set (chosen so no program would define it).
__mojo_set__ = MojoSet
