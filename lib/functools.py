"""Higher-order functions: reduce, partial, caching, wrapping, ordering and dispatch."""

from _c_type_name import c_type as _c_type

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so a __wrapped__ copied from wrapped.__dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        value = next(it, _MISSING)
        if value is _MISSING:
            raise TypeError("reduce() of empty iterable with no initial value")
    for element in it:
        value = function(value, element)
    return value


@_c_type
class partial:
    """A callable with some of another callable's arguments already supplied."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a partial without extra attributes collapses into one.
        if (
            isinstance(func, partial)
            and type(func).__call__ is partial.__call__
            and func.__dict__.keys() == {"func", "args", "keywords"}
        ):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        _set_partial_fields(self, func, args, keywords)
        return self

    def __setattr__(self, name, value):
        if name in _PARTIAL_FIELDS:
            raise AttributeError("readonly attribute")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _PARTIAL_FIELDS:
            raise AttributeError("readonly attribute")
        object.__delattr__(self, name)

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        extra = {k: v for k, v in self.__dict__.items() if k not in ("func", "args", "keywords")}
        return (type(self), (self.func,), (self.func, self.args, self.keywords or None, extra or None))

    def __setstate__(self, state):
        func, args, keywords, extra = state
        self.__dict__.update(extra or {})
        _set_partial_fields(self, func, tuple(args), dict(keywords or {}))


# A partial's func, args and keywords are read-only, as in CPython.
_PARTIAL_FIELDS = ("func", "args", "keywords")


def _set_partial_fields(p, func, args, keywords):
    object.__setattr__(p, "func", func)
    object.__setattr__(p, "args", args)
    object.__setattr__(p, "keywords", keywords)


def _callable_or_descriptor(obj):
    return callable(obj) or hasattr(obj, "__get__") or isinstance(obj, (staticmethod, classmethod))


class partialmethod:
    """Like partial, but as a class attribute it binds like the method it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not _callable_or_descriptor(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, "__get__", None)
        if getter is not None and not isinstance(self.func, partial):
            bound = getter(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        method = self

        def call(*args, **keywords):
            keywords = {**method.keywords, **keywords}
            return method.func(*args[:1], *method.args, *args[1:], **keywords)

        return call if obj is None else partial(call, obj)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        return f"functools.partialmethod({', '.join(parts)})"


class CacheInfo(tuple):
    """The named tuple lru_cache's cache_info() returns."""

    _fields = ("hits", "misses", "maxsize", "currsize")

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


_KWD_MARK = object()  # separates positional from keyword arguments in cache keys


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError("the first argument must be callable")
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:

        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:

        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # The dict keeps insertion order: the first key is the least recently used.
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            # get, not pop: pop on an empty dict skips hashing, and an unhashable key must fail.
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                del cache[key]
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call already stored this key.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        return CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


# total_ordering: each missing comparison is derived from the one the class defines.
def _gt_from_lt(self, other):
    """a > b, derived by total_ordering from a < b and a == b."""
    result = type(self).__lt__(self, other)
    return result if result is NotImplemented else not result and self != other


def _le_from_lt(self, other):
    """a <= b, derived by total_ordering from a < b and a == b."""
    result = type(self).__lt__(self, other)
    return result if result is NotImplemented else result or self == other


def _ge_from_lt(self, other):
    """a >= b, derived by total_ordering from a < b."""
    result = type(self).__lt__(self, other)
    return result if result is NotImplemented else not result


def _ge_from_le(self, other):
    """a >= b, derived by total_ordering from a <= b and a == b."""
    result = type(self).__le__(self, other)
    return result if result is NotImplemented else not result or self == other


def _lt_from_le(self, other):
    """a < b, derived by total_ordering from a <= b and a == b."""
    result = type(self).__le__(self, other)
    return result if result is NotImplemented else result and self != other


def _gt_from_le(self, other):
    """a > b, derived by total_ordering from a <= b."""
    result = type(self).__le__(self, other)
    return result if result is NotImplemented else not result


def _lt_from_gt(self, other):
    """a < b, derived by total_ordering from a > b and a == b."""
    result = type(self).__gt__(self, other)
    return result if result is NotImplemented else not result and self != other


def _ge_from_gt(self, other):
    """a >= b, derived by total_ordering from a > b and a == b."""
    result = type(self).__gt__(self, other)
    return result if result is NotImplemented else result or self == other


def _le_from_gt(self, other):
    """a <= b, derived by total_ordering from a > b."""
    result = type(self).__gt__(self, other)
    return result if result is NotImplemented else not result


def _le_from_ge(self, other):
    """a <= b, derived by total_ordering from a >= b and a == b."""
    result = type(self).__ge__(self, other)
    return result if result is NotImplemented else not result or self == other


def _gt_from_ge(self, other):
    """a > b, derived by total_ordering from a >= b and a == b."""
    result = type(self).__ge__(self, other)
    return result if result is NotImplemented else result and self != other


def _lt_from_ge(self, other):
    """a < b, derived by total_ordering from a >= b."""
    result = type(self).__ge__(self, other)
    return result if result is NotImplemented else not result


_DERIVED = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)),
}


def total_ordering(cls):
    roots = {op for op in _DERIVED if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)  # prefer __lt__, then __le__, __gt__, __ge__
    for name, derived in _DERIVED[root]:
        if name not in roots:
            derived.__name__ = name
            setattr(cls, name, derived)
    return cls


@_c_type
class KeyWrapper:
    """cmp_to_key's result: called with a value, it wraps it in a KeyWrapper that
    compares through the cmp function."""

    def __init__(self, cmp, obj=_MISSING):
        self._cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(f"K() takes at most 1 argument ({len(args) + len(kwargs)} given)")
        if args:
            return KeyWrapper(self._cmp, args[0])
        if "obj" not in kwargs:
            if kwargs:
                raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for K()")
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return KeyWrapper(self._cmp, kwargs["obj"])

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    return KeyWrapper(mycmp)


def _find_impl(cls, registry):
    """The implementation for the most specific registered class cls derives from. A class
    in cls's MRO ranks by its position there; an ABC cls only virtually derives from ranks
    just after the last class of that MRO deriving from it, as in CPython's composed MRO."""
    mro = cls.__mro__
    best, best_rank = None, None
    for klass in registry:
        if klass in mro:
            rank = mro.index(klass)
        elif issubclass(cls, klass):
            rank = max(i for i, base in enumerate(mro) if issubclass(base, klass)) + 0.5
        else:
            continue
        if best is not None and rank == best_rank:
            if issubclass(best, klass):
                continue
            if not issubclass(klass, best):
                raise RuntimeError(f"Ambiguous dispatch: {best} or {klass}")
        elif best is not None and rank > best_rank:
            continue
        best, best_rank = klass, rank
    return registry.get(best)


def _annotation_classes(annotation):
    """The classes an annotation names: a class, or the members of a union."""
    if isinstance(annotation, type):
        return (annotation,)
    members = getattr(annotation, "__args__", None)
    if members and all(isinstance(member, type) for member in members):
        return tuple(members)
    return None


def _resolve_annotation(text, func):
    """The object a string annotation such as "int" or "mod.Class" names."""
    names = text.split(".")
    scope = getattr(func, "__globals__", {})
    if names[0] in scope:
        value = scope[names[0]]
    else:
        import builtins

        value = getattr(builtins, names[0], _MISSING)
        if value is _MISSING:
            raise NameError(f"name '{names[0]}' is not defined")
    for name in names[1:]:
        value = getattr(value, name)
    return value


def singledispatch(func):
    """Turns func into a generic function that dispatches on its first argument's type."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        impl = dispatch_cache.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if _annotation_classes(cls) is not None:
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, "__annotations__", None)
            if annotations is None and isinstance(cls, (staticmethod, classmethod)):
                annotations = getattr(cls.__func__, "__annotations__", None)
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function."
                )
            func = cls
            argname, cls = next(iter(annotations.items()))
            if isinstance(cls, str):
                cls = _resolve_annotation(cls, getattr(func, "__func__", func))
            if _annotation_classes(cls) is None:
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for klass in _annotation_classes(cls):
            registry[klass] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kwargs)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _bind(descriptor, obj, cls):
    """descriptor.__get__(obj, cls), also for callables that do not expose __get__."""
    getter = getattr(descriptor, "__get__", None)
    if getter is not None:
        return getter(obj, cls)
    if isinstance(descriptor, staticmethod):
        return descriptor.__func__
    if isinstance(descriptor, classmethod):
        return partial(descriptor.__func__, cls if cls is not None else type(obj))
    if obj is None:
        return descriptor
    return partial(descriptor, obj)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not _callable_or_descriptor(func):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return _bind(impl, obj, cls)(*args, **kwargs)

        method.register = self.register
        update_wrapper(method, self.func)
        return method


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            cache[self.attrname] = value
        return value
