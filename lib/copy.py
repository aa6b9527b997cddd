"""Shallow and deep copies of objects.

Classes can control copying with __copy__ and __deepcopy__(memo), with
__reduce_ex__/__reduce__, or with __getstate__/__setstate__ (and __getnewargs__).
"""


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Class:
    def _method(self):
        pass


# Values of these types are immutable (or treated as such): copies are the value itself.
_ATOMIC = {
    type(None), int, float, bool, complex, str, bytes, type, range, type(_function),
    type(len), type(...), type(NotImplemented), property,
}
_SHALLOW_SAME = _ATOMIC | {tuple, frozenset, slice}
_METHOD = type(_Class()._method)


def _reduce(x, cls):
    """What x.__reduce_ex__(4) gives in CPython: (callable, args, state, listitems, dictitems)."""
    for name in ("__reduce_ex__", "__reduce__"):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name, None):
            return method(x, 4) if name == "__reduce_ex__" else method(x)
    if isinstance(x, BaseException):
        return (cls, x.args, _state(x, cls), None, None)
    if cls.__module__ == "builtins":
        if cls is object:
            return (object, (), None, None, None)
        if cls in (set, frozenset):
            return (cls, (list(x),), None, None, None)
        if cls is bytearray:
            return (cls, (bytes(x),), None, None, None)
        if cls is slice:
            return (cls, (x.start, x.stop, x.step), None, None, None)
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _state(x, cls), None, None)
    if isinstance(x, bytes) and not hasattr(cls, "__getnewargs__"):
        return (_new_object, (cls, bytes(x)), _state(x, cls), None, None)
    args = ()
    if hasattr(cls, "__getnewargs__"):
        args = x.__getnewargs__()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_new_object, (cls,) + tuple(args), _state(x, cls), listitems, dictitems)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _state(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return x.__getstate__()
    state = getattr(x, "__dict__", None) or None
    slots = _slot_values(x, cls)
    return (state, slots) if slots else state


def _slot_values(x, cls):
    """The __slots__ attributes x has set, by (mangled) name: CPython's (dict, slots) state."""
    values = {}
    for klass in cls.__mro__:
        names = vars(klass).get("__slots__", ())
        for name in (names,) if isinstance(names, str) else names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass
    return values


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SAME or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reduced = _reduce(x, cls)
    if isinstance(reduced, str):
        return x
    return _reconstruct(x, None, *reduced)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy, so shared and
    recursive structure is preserved."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple reached again through its own items was copied meanwhile.
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is _METHOD:
        y = _rebind(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reduced = _reduce(x, cls)
            if isinstance(reduced, str):
                y = x
            else:
                y = _reconstruct(x, memo, *reduced)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _rebind(func, obj):
    try:
        return _METHOD(func, obj)
    except TypeError:
        # Method objects cannot be built directly here; look the method up again.
        return getattr(obj, func.__name__)


def _keep_alive(x, memo):
    """Keeps x alive while memo lives, so its id cannot be reused by another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listitems=None, dictitems=None,
                 state_setter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


del _function, _Class
