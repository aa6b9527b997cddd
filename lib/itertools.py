"""Iterator building blocks: each one is a class whose instances are iterators."""

_MAXSIZE = 9223372036854775807
_EMPTY = object()  # marks "no value yet" where None is a legal value


def _arg_count(name, args, low, high):
    n = len(args)
    if low == high and n != low:
        plural = "argument" if low == 1 else "arguments"
        raise TypeError(f"{name} expected {low} {plural}, got {n}")
    if n < low:
        plural = "argument" if low == 1 else "arguments"
        raise TypeError(f"{name} expected at least {low} {plural}, got {n}")
    if n > high:
        raise TypeError(f"{name} expected at most {high} arguments, got {n}")


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _parse(fname, args, kwargs, names, required, positional=None):
    """Binds arguments the way CPython's generated parsers do, with their messages."""
    if positional is not None and len(args) > positional:
        raise TypeError(f"{fname}() takes at most {positional} positional arguments ({len(args)} given)")
    total = len(args) + len(kwargs)
    if total > len(names):
        raise TypeError(f"{fname}() takes at most {len(names)} arguments ({total} given)")
    values = list(args) + [_EMPTY] * (len(names) - len(args))
    for index in range(len(args), len(names)):
        values[index] = kwargs.get(names[index], _EMPTY)
        if index < required and values[index] is _EMPTY:
            raise TypeError(f"{fname}() missing required argument '{names[index]}' (pos {index + 1})")
    for name in kwargs:
        if name not in names:
            raise TypeError(f"'{name}' is an invalid keyword argument for {fname}()")
        index = names.index(name)
        if index < len(args):
            raise TypeError(
                f"argument for {fname}() given by name ('{name}') and position ({index + 1})"
            )
    return values


def _as_index(value):
    """An int from an object with __index__, with CPython's TypeError otherwise."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return any(hasattr(cls, name) for name in ("__index__", "__int__", "__float__", "__complex__"))


class count:
    def __init__(self, *args, **kwargs):
        start, step = _parse("count", args, kwargs, ("start", "step"), 0)
        start = 0 if start is _EMPTY else start
        step = 1 if step is _EMPTY else step
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        if type(start) is bool:
            start = int(start)
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"count({self._value!r})"
        return f"count({self._value!r}, {step!r})"


class cycle:
    def __init__(self, *args, **kwargs):
        _no_kwargs("cycle", kwargs)
        _arg_count("cycle", args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = -1  # -1 while the first pass is still reading the source

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
            if not self._saved:
                raise StopIteration
            self._index = 0
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    def __init__(self, *args, **kwargs):
        self._object, times = _parse("repeat", args, kwargs, ("object", "times"), 1)
        if times is _EMPTY:
            self._left = -1
        else:
            self._left = max(_as_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._left})"


class accumulate:
    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse(
            "accumulate", args, kwargs, ("iterable", "func", "initial"), 1, 2
        )
        func = None if func is _EMPTY else func
        initial = None if initial is _EMPTY else initial
        self._it = iter(iterable)
        self._func = func
        self._total = _EMPTY
        self._initial = _EMPTY if initial is None else initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not _EMPTY:
            self._total = self._initial
            self._initial = _EMPTY
            return self._total
        item = next(self._it)
        if self._total is _EMPTY:
            self._total = item
        elif self._func is None:
            self._total = self._total + item
        else:
            self._total = self._func(self._total, item)
        return self._total


class chain:
    def __init__(self, *iterables, **kwargs):
        _no_kwargs("chain", kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        result = cls()
        result._sources = iter(iterable)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                for source in self._sources:
                    self._active = iter(source)
                    break
                else:
                    self._sources = None
                    raise StopIteration
            for item in self._active:
                return item
            self._active = None


class compress:
    def __init__(self, *args, **kwargs):
        data, selectors = _parse("compress", args, kwargs, ("data", "selectors"), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    def __init__(self, *args, **kwargs):
        _no_kwargs("dropwhile", kwargs)
        _arg_count("dropwhile", args, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    def __init__(self, *args, **kwargs):
        _no_kwargs("takewhile", kwargs)
        _arg_count("takewhile", args, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, *args, **kwargs):
        _no_kwargs("filterfalse", kwargs)
        _arg_count("filterfalse", args, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        predicate = self._predicate
        while True:
            item = next(self._it)
            if not (item if predicate is None else predicate(item)):
                return item


class starmap:
    def __init__(self, *args, **kwargs):
        _no_kwargs("starmap", kwargs)
        _arg_count("starmap", args, 2, 2)
        self._function = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class pairwise:
    def __init__(self, *args, **kwargs):
        _no_kwargs("pairwise", kwargs)
        _arg_count("pairwise", args, 1, 1)
        self._it = iter(args[0])
        self._last = _EMPTY

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._last is _EMPTY:
                self._last = next(self._it)
            item = next(self._it)
        except StopIteration:
            self._it = None
            self._last = _EMPTY
            raise
        pair = (self._last, item)
        self._last = item
        return pair


class _grouper:
    """One group of a groupby; it stops once its parent has moved on."""

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._value is _EMPTY:
            parent._step()
        current = parent._key
        if not (self._key is current or self._key == current):
            raise StopIteration
        value = parent._value
        parent._value = _EMPTY
        return value


class groupby:
    def __init__(self, *args, **kwargs):
        iterable, key = _parse("groupby", args, kwargs, ("iterable", "key"), 1)
        self._it = iter(iterable)
        self._keyfunc = None if key is _EMPTY else key
        self._key = _EMPTY  # key of the value last read
        self._value = _EMPTY  # value last read, until a group hands it out
        self._target = _EMPTY  # key of the current group
        self._grouper = None

    def _step(self):
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        while True:
            if self._key is not _EMPTY:
                if self._target is _EMPTY:
                    break
                if not (self._target is self._key or self._target == self._key):
                    break
            self._step()
        self._target = self._key
        self._grouper = _grouper(self, self._target)
        return (self._key, self._grouper)


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."


class islice:
    def __init__(self, *args, **kwargs):
        _no_kwargs("islice", kwargs)
        _arg_count("islice", args, 2, 4)
        # Mirrors CPython's checks, in its order: a bad stop is reported first.
        start, stop, step = 0, None, 1
        if len(args) == 2:
            stop = self._ssize(args[1], None)
            if stop == -1:
                raise ValueError(_ISLICE_STOP)
        else:
            start = self._ssize(args[1], 0)
            stop = self._ssize(args[2], None)
            if stop == -1:
                raise ValueError(_ISLICE_STOP)
            if len(args) == 4:
                step = self._ssize(args[3], 1)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError(
                "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            )
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(args[0])
        self._next = start  # index of the next item to hand out
        self._count = 0  # items read from the source so far
        self._stop = stop
        self._step = step

    @staticmethod
    def _ssize(value, default):
        """The value as a C ssize_t the way CPython reads it: -1 when it is not one."""
        if value is None:
            return default
        try:
            value = _as_index(value)
        except Exception:
            return -1
        return value if -_MAXSIZE - 1 <= value <= _MAXSIZE else -1

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class zip_longest:
    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        self._its = [iter(iterable) for iterable in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            for item in it:
                result.append(item)
                break
            else:
                self._active -= 1
                if self._active == 0:
                    raise StopIteration
                its[i] = None
                result.append(self._fill)
        return tuple(result)


def _r_argument(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class product:
    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for name, value in kwargs.items():
            if name != "repeat":
                raise TypeError(f"'{name}' is an invalid keyword argument for product()")
            repeat = _as_index(value)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._pools = pools
        self._indices = None  # None until the first tuple
        self._done = any(len(pool) == 0 for pool in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            return tuple(pool[0] for pool in pools)
        # Advance the rightmost index that can move, like an odometer.
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pool[k] for pool, k in zip(pools, indices))


class permutations:
    def __init__(self, *args, **kwargs):
        iterable, r = _parse("permutations", args, kwargs, ("iterable", "r"), 1)
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is _EMPTY or r is None else _r_argument(r)
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        if not self._started:
            self._started = True
            return tuple(pool[i] for i in indices[:r])
        n = len(pool)
        # cycles[i] counts the choices left for position i; rotate the tail when spent.
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return tuple(pool[k] for k in indices[:r])
        self._done = True
        raise StopIteration


class combinations:
    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations", args, kwargs, ("iterable", "r"), 2)
        self._pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = None
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        if self._indices is None:
            self._indices = list(range(r))
            return tuple(pool[:r])
        indices, n = self._indices, len(pool)
        # Find the rightmost index not yet at its highest position, bump it, reset the rest.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple(pool[k] for k in indices)


class combinations_with_replacement:
    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations_with_replacement", args, kwargs, ("iterable", "r"), 2)
        self._pool = tuple(iterable)
        r = _as_index(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._r = r
        self._indices = None
        self._done = r > 0 and not self._pool

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        if self._indices is None:
            self._indices = [0] * r
            return tuple(pool[0] for _ in range(r))
        indices, top = self._indices, len(pool) - 1
        i = r - 1
        while i >= 0 and indices[i] == top:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple(pool[k] for k in indices)


class _TeeLink:
    """A cell of the buffer shared by tee iterators: a value and the link after it."""

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(*args, **kwargs):
    _no_kwargs("tee", kwargs)
    _arg_count("tee", args, 1, 2)
    n = _as_index(args[1]) if len(args) == 2 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(args[0])
    if n == 0:
        return ()
    first = it if hasattr(type(it), "__copy__") else _tee(it, _TeeLink())
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
