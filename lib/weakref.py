"""Weak references (from _weakref) and the containers built on them.

The containers keep weak references in a plain dict or set. A reference's callback drops
its entry once the referent has been collected; until the callback has run, lookups and
iteration skip entries whose referent is gone, so a container never hands out a dead entry.
"""

import itertools as _itertools
import operator as _operator
from _collections_abc import Mapping as _Mapping
from _collections_abc import MutableMapping as _MutableMapping
from _collections_abc import MutableSet as _MutableSet
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs

__all__ = ["ref", "ReferenceType", "getweakrefcount", "getweakrefs", "WeakMethod", "proxy",
           "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "finalize"]


def _address(obj):
    return "0x%x" % id(obj)


class WeakMethod:
    """A weak reference to a bound method: dead once its object or its function is."""

    __slots__ = ("_self_ref", "_func_ref", "__weakref__")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self._self_ref = ref(obj)
        self._func_ref = ref(func)

    def __call__(self):
        obj = self._self_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return self._self_ref == other._self_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __hash__(self):
        return hash((self._self_ref, self._func_ref))


class _WeakMapping(_MutableMapping):
    """The `|`, reflected `|` and `|=` of both weak dictionaries (as dict's)."""

    def __or__(self, other):
        if isinstance(other, _Mapping):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        owner = ref(self)

        def remove(wr):
            mapping = owner()
            if mapping is not None and mapping.data.get(key) is wr:
                del mapping.data[key]
        return remove

    def _live_items(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for _ in self._live_items())

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __iter__(self):
        for key, _ in self._live_items():
            yield key

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, _address(self))

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        value = wr()
        return default if value is None else value

    def keys(self):
        for key, _ in self._live_items():
            yield key

    def values(self):
        for _, value in self._live_items():
            yield value

    def items(self):
        yield from self._live_items()

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (len(args) + 1))
        wr = self.data.pop(key, None)
        value = None if wr is None else wr()
        if value is None:
            if args:
                return args[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[deepcopy(key, memo)] = value
        return new


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        owner = ref(self)

        def remove(wr):
            mapping = owner()
            if mapping is not None:
                mapping.data.pop(wr, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _live_items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for _ in self._live_items())

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for key, _ in self._live_items():
            yield key

    def __repr__(self):
        return "<%s at %s>" % (self.__class__.__name__, _address(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        for key, _ in self._live_items():
            yield key

    def values(self):
        for _, value in self._live_items():
            yield value

    def items(self):
        yield from self._live_items()

    def keyrefs(self):
        return list(self.data)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self._live_items():
            new[key] = deepcopy(value, memo)
        return new


class WeakSet(_MutableSet):
    """A set whose elements are held weakly: an element goes when it is collected."""

    def __init__(self, data=None):
        self.data = set()
        owner = ref(self)

        def remove(wr):
            weak_set = owner()
            if weak_set is not None:
                weak_set.data.discard(wr)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, "__dict__", None)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(_itertools.chain(self, other))
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj is
    collected or when the finalize object is called, whichever comes first.

    Ember has no interpreter-exit hook yet, so finalizers still alive at exit do not run.
    """

    __slots__ = ()
    # Live finalizers: each keeps its own state here, which also keeps it alive.
    _registry = {}
    _serial = _itertools.count()

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._serial)
        self._registry[self] = info

    def __call__(self, _=None):
        """Calls the function unless it has run already; returns what it returns."""
        info = self._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Gives (obj, func, args, kwargs) and disarms the finalizer, None if dead."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """Gives (obj, func, args, kwargs) while the finalizer is alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %s; dead>" % (type(self).__name__, _address(self))
        return "<%s object at %s; for %r at %s>" % (
            type(self).__name__, _address(self), type(obj).__name__, _address(obj))


def _proxied(proxy):
    referent = object.__getattribute__(proxy, "_ref")()
    if referent is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return referent


class ProxyType:
    """weakref.proxy(obj): stands for obj while it lives; ReferenceError afterwards."""

    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        # The callback gets the proxy, not the reference behind it.
        on_death = None if callback is None else (lambda wr: callback(self))
        object.__setattr__(self, "_ref", ref(obj, on_death))

    def __getattribute__(self, name):
        return getattr(_proxied(self), name)

    def __setattr__(self, name, value):
        setattr(_proxied(self), name, value)

    def __delattr__(self, name):
        delattr(_proxied(self), name)

    def __repr__(self):
        referent = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %s; to %s at %s>" % (
            _address(self), type(referent).__name__, _address(referent))

    __hash__ = None


def _forward(function, reflected=False):
    # The proxy's operations act on the referent (and on the other operand when reflected).
    if reflected:
        def method(self, other):
            return function(other, _proxied(self))
    else:
        def method(self, *args):
            return function(_proxied(self), *args)
    return method


def _forward_method(name):
    def method(self, *args):
        return getattr(_proxied(self), name)(*args)
    return method


for _name, _function in (
        ("__str__", str), ("__bytes__", bytes), ("__bool__", bool), ("__len__", len),
        ("__iter__", iter), ("__next__", next), ("__reversed__", reversed),
        ("__int__", int), ("__float__", float), ("__index__", _operator.index),
        ("__format__", format), ("__eq__", _operator.eq), ("__ne__", _operator.ne),
        ("__lt__", _operator.lt), ("__le__", _operator.le), ("__gt__", _operator.gt),
        ("__ge__", _operator.ge), ("__getitem__", _operator.getitem),
        ("__setitem__", _operator.setitem), ("__delitem__", _operator.delitem),
        ("__contains__", _operator.contains), ("__neg__", _operator.neg),
        ("__pos__", _operator.pos), ("__abs__", abs), ("__invert__", _operator.invert)):
    setattr(ProxyType, _name, _forward(_function))
for _op in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift",
            "rshift", "and", "or", "xor"):
    _function = getattr(_operator, _op + "_" if _op in ("and", "or") else _op)
    setattr(ProxyType, "__%s__" % _op, _forward(_function))
    setattr(ProxyType, "__r%s__" % _op, _forward(_function, reflected=True))
    setattr(ProxyType, "__i%s__" % _op, _forward(getattr(_operator, "i" + _op)))
ProxyType.__divmod__ = _forward(divmod)
ProxyType.__rdivmod__ = _forward(divmod, reflected=True)
ProxyType.__enter__ = _forward_method("__enter__")
ProxyType.__exit__ = _forward_method("__exit__")
del _name, _function, _op


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxied(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy for obj that does not keep it alive."""
    cls = CallableProxyType if callable(obj) else ProxyType
    return cls(obj, callback)
