"""Python's operators as functions, plus itemgetter, attrgetter and methodcaller."""


_builtin_abs = abs


def _type_name(obj):
    return type(obj).__name__


# Comparisons.
def lt(a, b, /):
    return a < b


def le(a, b, /):
    return a <= b


def eq(a, b, /):
    return a == b


def ne(a, b, /):
    return a != b


def ge(a, b, /):
    return a >= b


def gt(a, b, /):
    return a > b


# Logical and identity tests.
def not_(a, /):
    return not a


def truth(a, /):
    return True if a else False


def is_(a, b, /):
    return a is b


def is_not(a, b, /):
    return a is not b


# Arithmetic and bitwise operations.
def abs(a, /):
    return _builtin_abs(a)


def add(a, b, /):
    return a + b


def and_(a, b, /):
    return a & b


def floordiv(a, b, /):
    return a // b


def index(a, /):
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int(a)
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError(f"'{_type_name(a)}' object cannot be interpreted as an integer")
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {_type_name(result)})")
    return int(result)


def inv(a, /):
    return ~a


invert = inv


def lshift(a, b, /):
    return a << b


def mod(a, b, /):
    return a % b


def mul(a, b, /):
    return a * b


def matmul(a, b, /):
    return a @ b


def neg(a, /):
    return -a


def or_(a, b, /):
    return a | b


def pos(a, /):
    return +a


def pow(a, b, /):
    return a ** b


def rshift(a, b, /):
    return a >> b


def sub(a, b, /):
    return a - b


def truediv(a, b, /):
    return a / b


def xor(a, b, /):
    return a ^ b


# Sequence operations.
def _is_sequence(obj):
    return hasattr(type(obj), "__getitem__") and not isinstance(obj, dict)


def concat(a, b, /):
    if not _is_sequence(a):
        raise TypeError(f"'{_type_name(a)}' object can't be concatenated")
    return a + b


def contains(a, b, /):
    return b in a


def _search_iter(a):
    """iter(a), failing as CPython's sequence searches (countOf, indexOf, `in`) do."""
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{_type_name(a)}' is not iterable") from None


def countOf(a, b, /):
    return sum(1 for item in _search_iter(a) if item is b or item == b)


def delitem(a, b, /):
    del a[b]


def getitem(a, b, /):
    return a[b]


def indexOf(a, b, /):
    for i, item in enumerate(_search_iter(a)):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c, /):
    a[b] = c


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError(f"'{_type_name(default)}' object cannot be interpreted as an integer")
    if hasattr(type(obj), "__len__"):
        return len(obj)
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError(f"__length_hint__ must be an integer, not {_type_name(value)}")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# In-place operations: each returns the (possibly new) left operand.
def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    if not _is_sequence(a):
        raise TypeError(f"'{_type_name(a)}' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


def _expect_one(name, args):
    if len(args) != 1:
        raise TypeError(f"{name} expected 1 argument, got {len(args)}")


class attrgetter:
    """Callable that fetches the given (possibly dotted) attributes from its operand."""

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._names = names
        self._paths = tuple(tuple(name.split(".")) for name in names)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        _expect_one("attrgetter", args)
        obj = args[0]
        if len(self._paths) == 1:
            return self._resolve(obj, self._paths[0])
        return tuple(self._resolve(obj, path) for path in self._paths)

    @staticmethod
    def _resolve(obj, path):
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._names))})"

    def __reduce__(self):
        return (type(self), self._names)


class itemgetter:
    """Callable that fetches the given items from its operand."""

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        _expect_one("itemgetter", args)
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[item] for item in self._items)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return (type(self), self._items)


class methodcaller:
    """Callable that calls the named method on its operand with the stored arguments."""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("methodcaller() takes no keyword arguments")
        _expect_one("methodcaller", args)
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f"{key}={value!r}" for key, value in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"


# The dunder aliases (operator.__add__ is operator.add, and so on).
for _name in (
    "lt le eq ne ge gt not_ abs add and_ floordiv index inv invert lshift mod mul matmul "
    "neg or_ pos pow rshift sub truediv xor concat contains delitem getitem setitem "
    "iadd iand iconcat ifloordiv ilshift imod imul imatmul ior ipow irshift isub "
    "itruediv ixor call"
).split():
    globals()["__" + _name.rstrip("_") + "__"] = globals()[_name]
del _name
