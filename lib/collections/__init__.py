"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap,
UserDict, UserList and UserString."""

import sys
import _caller
from _c_type_name import c_type as _c_type
from _argbind import Signature as _Signature
from _collections_abc import Mapping as _Mapping, MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence, Sequence as _Sequence
from _collections_abc import KeysView as _KeysView, ItemsView as _ItemsView
from _collections_abc import ValuesView as _ValuesView
from _generic_alias import class_getitem as _class_getitem

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]


def _index(n):
    if isinstance(n, int):
        return n
    try:
        method = type(n).__index__
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") \
            from None
    return method(n)


def _is_mapping(obj):
    return isinstance(obj, dict) or _Mapping.__instancecheck__(obj)


_repr_running = set()


def _guarded_repr(self, build, fallback):
    """build(self) unless a repr of self is already under way (a container holding itself),
    in which case fallback."""
    key = id(self)
    if key in _repr_running:
        return fallback
    _repr_running.add(key)
    try:
        return build(self)
    finally:
        _repr_running.discard(key)


# ---- deque

@_c_type
class deque:
    """A double-ended queue. The items are two lists: _left holds the left part reversed
    (its end is the deque's left end) and _right the rest, so appends and pops at both
    ends are list appends and pops."""

    __slots__ = ("_left", "_right", "_maxlen", "_state")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not hasattr(type(maxlen), "__index__"):
                raise TypeError("an integer is required")
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _fill_right(self):
        """Moves the right half of _left over to an empty _right."""
        left = self._left
        k = (len(left) + 1) // 2
        self._right = left[k - 1::-1]
        self._left = left[k:]

    def _fill_left(self):
        right = self._right
        k = (len(right) + 1) // 2
        self._left = right[k - 1::-1]
        self._right = right[k:]

    def _trim_left(self):
        excess = len(self._left) + len(self._right) - self._maxlen
        if excess > 0:
            if excess <= len(self._left):
                del self._left[len(self._left) - excess:]
            else:
                self._right = self._right[excess - len(self._left):]
                self._left = []

    def _trim_right(self):
        excess = len(self._left) + len(self._right) - self._maxlen
        if excess > 0:
            if excess <= len(self._right):
                del self._right[len(self._right) - excess:]
            else:
                self._left = self._left[excess - len(self._right):]
                self._right = []

    def append(self, x):
        self._state += 1
        self._right.append(x)
        if self._maxlen is not None:
            self._trim_left()

    def appendleft(self, x):
        self._state += 1
        self._left.append(x)
        if self._maxlen is not None:
            self._trim_right()

    def pop(self):
        self._state += 1
        if not self._right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            self._fill_right()
        return self._right.pop()

    def popleft(self):
        self._state += 1
        if not self._left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            self._fill_left()
        return self._left.pop()

    def extend(self, iterable):
        self._state += 1
        self._right.extend(list(iterable) if iterable is self else iterable)
        if self._maxlen is not None:
            self._trim_left()

    def extendleft(self, iterable):
        self._state += 1
        self._left.extend(list(iterable) if iterable is self else iterable)
        if self._maxlen is not None:
            self._trim_right()

    def clear(self):
        self._state += 1
        self._left = []
        self._right = []

    def copy(self):
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def _items(self):
        return self._left[::-1] + self._right

    def _replace_items(self, items):
        self._state += 1
        self._left = []
        self._right = items

    def count(self, x):
        state = self._state
        n = 0
        for item in self._items():
            if item is x or item == x:
                n += 1
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=sys.maxsize):
        items = self._items()
        n = len(items)
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            item = items[i]
            if item is x or item == x:
                return i
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(_index(i), x)
        self._replace_items(items)

    def remove(self, x):
        items = self._items()
        for i, item in enumerate(items):
            if item is x or item == x:
                del items[i]
                self._replace_items(items)
                return
        raise ValueError(f"{x!r} is not in deque")

    def reverse(self):
        self._state += 1
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        n = _index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._state += 1
        if n > size // 2:
            for _ in range(size - n):
                if not self._left:
                    self._fill_left()
                self._right.append(self._left.pop())
        else:
            for _ in range(n):
                if not self._right:
                    self._fill_right()
                self._left.append(self._right.pop())

    def _position(self, i):
        if not isinstance(i, int):
            if not hasattr(type(i), "__index__"):
                raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
            i = _index(i)
        n = len(self._left) + len(self._right)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        i = self._position(i)
        nl = len(self._left)
        return self._left[nl - 1 - i] if i < nl else self._right[i - nl]

    def __setitem__(self, i, x):
        i = self._position(i)
        nl = len(self._left)
        if i < nl:
            self._left[nl - 1 - i] = x
        else:
            self._right[i - nl] = x

    def __delitem__(self, i):
        i = self._position(i)
        items = self._items()
        del items[i]
        self._replace_items(items)

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left or self._right)

    def __iter__(self):
        state = self._state
        for part in (reversed(self._left), iter(self._right)):
            for item in part:
                if self._state != state:
                    raise RuntimeError("deque mutated during iteration")
                yield item
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for part in (reversed(self._right), iter(self._left)):
            for item in part:
                if self._state != state:
                    raise RuntimeError("deque mutated during iteration")
                yield item
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __contains__(self, x):
        state = self._state
        for item in self._items():
            if item is x or item == x:
                return True
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __repr__(self):
        def build(d):
            items = repr(d._items())
            name = type(d).__name__
            if d._maxlen is None:
                return f"{name}({items})"
            return f"{name}({items}, maxlen={d._maxlen})"
        return _guarded_repr(self, build, "[...]")

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") '
                            f'to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        if n <= 0:
            self.clear()
        elif n > 1:
            self.extend(self._items() * (n - 1))
        return self

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __reduce__(self):
        return type(self), (self._items(), self._maxlen)

    __class_getitem__ = classmethod(_class_getitem)


_MutableSequence.register(deque)


# ---- defaultdict

@_c_type
class defaultdict(dict):
    """A dict that calls default_factory to supply the value of a missing key."""

    __slots__ = ("default_factory",)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = _guarded_repr(self.default_factory, repr, "...")
        return f"{type(self).__name__}({factory}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


# ---- OrderedDict

class odict_keys(_KeysView):
    def __repr__(self):
        return f"odict_keys({list(self._mapping)!r})"

    def __reversed__(self):
        yield from reversed(self._mapping)


class odict_values(_ValuesView):
    def __repr__(self):
        return f"odict_values({list(self)!r})"

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield self._mapping[key]


class odict_items(_ItemsView):
    def __repr__(self):
        return f"odict_items({list(self)!r})"

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield (key, self._mapping[key])


@_c_type
class OrderedDict(dict):
    """A dict that remembers insertion order, can reorder keys, and compares
    order-sensitively with another OrderedDict."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        self.update(*args, **kwds)

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for pair in other:
                # iter(pair): a non-iterable item is "'int' object is not iterable", as in CPython.
                key, value = iter(pair)
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __repr__(self):
        def build(od):
            if not od:
                return f"{type(od).__name__}()"
            return f"{type(od).__name__}({list(od.items())!r})"
        return _guarded_repr(self, build, "...")

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(a == b for a, b in zip(self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(_class_getitem)


# ---- Counter

class Counter(dict):
    """A dict of counts: missing elements count zero; most_common, elements and multiset
    arithmetic (+, -, |, &) on top."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda item: item[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f"{type(self).__name__}({shown!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _combine(self, other, pick):
        """Counter of pick(own count, other count) for every element, keeping positives."""
        result = Counter()
        for elem, count in self.items():
            n = pick(count, other[elem])
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self:
                n = pick(0, count)
                if n > 0:
                    result[elem] = n
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if count > self[elem]:
                self[elem] = count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            if other[elem] < count:
                self[elem] = other[elem]
        return self._keep_positive()


# ---- namedtuple

_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"))


class _tuplegetter:
    """The descriptor behind a namedtuple field: reads one item of the tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"_tuplegetter({self._index}, {self.__doc__!r})"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass whose items are also reachable by name."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = sys.intern(str(typename))
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))

    fields = tuple(field_names)
    count = len(fields)
    arg_list = ", ".join(fields)
    signature = _Signature(f"{typename}.__new__", fields, defaults=field_defaults)
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == count:
            return tuple_new(_cls, args)
        return tuple_new(_cls, signature.bind(args, kwargs))

    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError(f"Expected {count} arguments, got {len(result)}")
        return result

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    _replace.__doc__ = f"Return a new {typename} object replacing specified fields with new values"

    def __repr__(self):
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(fields, self))
        return f"{self.__class__.__name__}({inner})"

    __repr__.__doc__ = "Return a nicely formatted representation string"

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    methods = {"__new__": __new__, "_make": _make, "_replace": _replace,
               "__repr__": __repr__, "_asdict": _asdict, "__getnewargs__": __getnewargs__}
    for name, method in methods.items():
        function = getattr(method, "__func__", method)
        function.__name__ = name
        function.__qualname__ = f"{typename}.{name}"

    namespace = {
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        **methods,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, f"Alias for field number {index}")
    if module is None:
        module = _caller.globals(1).get("__name__", "__main__")
    namespace["__module__"] = module
    return type(typename, (tuple,), namespace)


# ---- ChainMap

class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order; writes and deletions
    go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        def build(chain):
            return f"{type(chain).__name__}({', '.join(map(repr, chain.maps))})"
        return _guarded_repr(self, build, "...")

    @classmethod
    def fromkeys(cls, iterable, value=None):
        return cls(dict.fromkeys(iterable, value))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return type(self)(merged)


# ---- UserDict, UserList, UserString: wrappers meant for subclassing

class UserDict(_MutableMapping):
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), "__missing__"):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        result = type(self)()
        result.data = self.data.copy()
        return result

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_MutableSequence):
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, type(self.data)):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


def _delegate_to_str(name, wrap):
    """A UserString method that calls the str method on .data (wrapping str results)."""
    method = getattr(str, name)

    def call(self, *args, **kwargs):
        args = [a.data if isinstance(a, UserString) else a for a in args]
        result = method(self.data, *args, **kwargs)
        return type(self)(result) if wrap else result

    call.__name__ = name
    call.__qualname__ = f"UserString.{name}"
    return call


class UserString(_Sequence):
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other):
        return self.data == self._unwrap(other)

    def __lt__(self, other):
        return self.data < self._unwrap(other)

    def __le__(self, other):
        return self.data <= self._unwrap(other)

    def __gt__(self, other):
        return self.data > self._unwrap(other)

    def __ge__(self, other):
        return self.data >= self._unwrap(other)

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)


for _name in ("capitalize", "casefold", "center", "expandtabs", "format", "ljust", "lower",
              "lstrip", "removeprefix", "removesuffix", "replace", "rjust", "rstrip", "strip",
              "swapcase", "title", "translate", "upper", "zfill"):
    setattr(UserString, _name, _delegate_to_str(_name, True))
for _name in ("count", "encode", "endswith", "find", "format_map", "index", "isalpha",
              "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
              "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "partition",
              "rfind", "rindex", "rpartition", "rsplit", "split", "splitlines", "startswith"):
    setattr(UserString, _name, _delegate_to_str(_name, False))
del _name
