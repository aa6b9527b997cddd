from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Iterator, Iterable, Sized, Container, Hashable)


class Registry(MutableMapping):
    """A mapping that keeps keys lower-case."""

    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r["Alpha"] = 1
r.update({"BETA": 2}, Gamma=3)
print(len(r), list(r), r["ALPHA"], "beta" in r, "delta" in r, r.get("x", 0))
print(list(r.keys()), list(r.values()), list(r.items()))
print(r.setdefault("delta", 4), r.pop("delta"), r.pop("none", None))
print(r == {"alpha": 1, "beta": 2, "gamma": 3}, r != {"alpha": 1})
print(("alpha", 1) in r.items(), 2 in r.values(), r.keys() & {"beta", "x"}, r.keys() | {"z"} >= {"z"})
print(r.popitem(), len(r))
r.clear()
print(len(r), list(r))


class Span(Sequence):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("span index out of range")
        return self.lo + i

    def __len__(self):
        return self.hi - self.lo


s = Span(3, 9)
print(list(s), s[1:4], 5 in s, 10 in s, s.index(7), s.count(4), list(reversed(s)))
try:
    s.index(100)
except ValueError:
    print("ValueError from index")


class Stack(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
print(list(st), st.pop(), st.pop(0), list(st))
st.reverse()
st.remove(3)
print(list(st))
st.clear()
print(len(st))


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return f"Bag({self._items})"


a = Bag([1, 2, 3])
b = Bag([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]))
print(a.isdisjoint(b), a.isdisjoint([7]), Bag([1]) < Bag([1, 2]), Bag([1, 2]) > Bag([1]))
a |= [9]
a -= [1]
print(a)
a ^= Bag([2, 10])
print(a)
a &= [3, 10]
print(a, a.pop(), a)
a.remove(10)
try:
    a.remove(10)
except KeyError as e:
    print("KeyError", e)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)), iter(Countdown(1)).__class__.__name__)
for abc in (Mapping, Sequence, Iterable, Sized, Container, Hashable, MutableSet):
    print(abc.__name__, abc.__module__, sorted(abc.__abstractmethods__))
try:
    Sequence()
except TypeError as e:
    print(e)
try:
    Registry.__bases__[0]()
except TypeError as e:
    print(e)
print(Mapping[str, int], Iterable[int])
