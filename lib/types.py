"""Names for the interpreter's built-in types, SimpleNamespace, and helpers for making
classes dynamically (new_class, prepare_class, resolve_bases) and generator-based
coroutines (coroutine)."""

import sys as _sys


def _function():
    pass


async def _coroutine_function():
    pass


def _generator_function():
    yield


async def _async_generator_function():
    yield


class _Class:
    def _method(self):
        pass


FunctionType = LambdaType = type(_function)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)
GeneratorType = type(_generator_function())
_coroutine = _coroutine_function()
CoroutineType = type(_coroutine)
_coroutine.close()
AsyncGeneratorType = type(_async_generator_function())
MethodType = type(_Class()._method)
BuiltinFunctionType = BuiltinMethodType = type(len)
# Ember's native methods and slot wrappers are all builtin functions.
WrapperDescriptorType = MethodWrapperType = MethodDescriptorType = type(object.__init__)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = type(list[int])
UnionType = type(int | str)


def _traceback_type():
    try:
        raise TypeError
    except TypeError as error:
        return type(error.__traceback__)


TracebackType = _traceback_type()


def _cell_type():
    value = None

    def inner():
        return value

    return type(inner.__closure__[0])


CellType = _cell_type()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if self in _repr_running:
            return f"{name}(...)"
        _repr_running.append(self)
        try:
            items = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        finally:
            _repr_running.remove(self)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        # CPython's type is a C type named "types.SimpleNamespace".
        name = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise TypeError(f"unhashable type: {name!r}")

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = []


def resolve_bases(bases):
    """Bases with every non-class replaced by what its __mro_entries__ gives."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for index, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[index + shift:index + shift + 1] = entries
        shift += len(entries) - 1
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement's header."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """The class a class statement with this header and body (exec_body(ns)) would make."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class _GeneratorCoroutine:
    """What a @coroutine generator function returns: its generator, awaitable."""

    def __init__(self, generator):
        self._generator = generator

    def __await__(self):
        return self._generator

    __iter__ = __await__

    def send(self, value):
        return self._generator.send(value)

    def throw(self, *args):
        return self._generator.throw(*args)

    def close(self):
        return self._generator.close()

    def __next__(self):
        return next(self._generator)


def coroutine(func):
    """Makes a generator function usable with await (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, GeneratorType):
            return _GeneratorCoroutine(result)
        return result

    wrapped.__name__ = getattr(func, "__name__", "wrapped")
    wrapped.__qualname__ = getattr(func, "__qualname__", wrapped.__name__)
    wrapped.__doc__ = getattr(func, "__doc__", None)
    wrapped.__wrapped__ = func
    return wrapped


del _sys
