"""Support for type hints: the objects annotations are made of (List[int], Optional[str],
Callable[[int], str], TypeVar, Generic, Protocol, NamedTuple, TypedDict, ...), with their
reprs, get_origin/get_args and get_type_hints. Nothing here checks types at run time.

Differences from CPython: Generic[...] and Protocol[...] are (cached) classes, so that
`class Stack(Generic[T])` works without __mro_entries__; they show up in the MRO.
"""

import sys
import collections
import collections.abc
import _caller
from abc import ABCMeta, abstractmethod
from _generic_alias import GenericAlias as _LibraryGenericAlias

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "Union", "AbstractSet", "ByteString", "Container", "Hashable",
    "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
    "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
    "AsyncGenerator", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
    "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
    "TypedDict", "Generator", "BinaryIO", "IO", "TextIO", "AnyStr", "assert_type",
    "assert_never", "cast", "dataclass_transform", "final", "get_args", "get_origin",
    "get_overloads", "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType",
    "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired", "overload",
    "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable",
    "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "TypeVarTuple", "Unpack"]

TYPE_CHECKING = False
Text = str
_function = type(lambda: None)
# list[int] and collections.deque[int]: the generics that are not typing's own.
_PLAIN_GENERIC_ALIASES = (type(list[int]), _LibraryGenericAlias)


def _type_repr(obj):
    """How an argument appears inside typing's brackets."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, _function):
        return obj.__name__
    return repr(obj)


def _caller_module(depth=2):
    return _caller.globals(depth).get("__name__", "__main__")


def _type_check(arg, msg, *, allow_special_forms=False):
    """Normalises an argument of a subscription: None means NoneType, a str is a forward
    reference; bare special forms and tuples are refused."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    invalid = (ClassVar, Final) if not allow_special_forms else ()
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    found = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec)):
            candidates = [arg]
        elif isinstance(arg, (list, tuple)):
            candidates = _collect_parameters(arg)
        else:
            candidates = getattr(arg, "__parameters__", ())
            if not isinstance(candidates, tuple):
                candidates = ()
        for c in candidates:
            if c not in found:
                found.append(c)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, mapping) for a in arg.__args__))
    return arg


class _Final:
    """Typing objects are not meant to be subclassed."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _Unionable:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- type variables and forward references

class TypeVar(_Final, _Unionable, _root=True):
    """A type variable: T = TypeVar('T'), with optional constraints, bound and variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None \
            else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final, _root=True):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final, _Unionable, _root=True):
    """A parameter specification variable for Callable[P, T]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return arg


class TypeVarTuple(_Final, _root=True):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ForwardRef(_Final, _Unionable, _root=True):
    """A type named by a string, evaluated later by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


# ---- special forms: Any, Union, Optional, ClassVar, Final, Literal, ...

class _SpecialForm(_Final, _Unionable, _root=True):
    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in _as_tuple(parameters):
        p = _type_check(p, msg)
        members = p.__args__ if isinstance(p, _UnionGenericAlias) else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


def _single_getitem(self, parameters):
    item = _type_check(parameters, f"{self._name} accepts only single type.")
    return _GenericAlias(self, (item,))


def _literal_getitem(self, parameters):
    values = []
    for p in _as_tuple(parameters):
        if not any(p == v and type(p) is type(v) for v in values):
            values.append(p)
    return _LiteralGenericAlias(self, tuple(values))


def _concatenate_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    if not parameters:
        raise TypeError("Cannot take a Concatenate of no types.")
    return _GenericAlias(self, parameters)


def _no_params_getitem(self, parameters):
    return _GenericAlias(self, _as_tuple(parameters))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _single_getitem)
Final = _SpecialForm("Final", _single_getitem)
Required = _SpecialForm("Required", _single_getitem)
NotRequired = _SpecialForm("NotRequired", _single_getitem)
TypeGuard = _SpecialForm("TypeGuard", _single_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _concatenate_getitem)
Unpack = _SpecialForm("Unpack", _no_params_getitem)


# ---- subscripted generics

def _alias_mro_entries(alias, bases):
    """The bases a typing alias of a class stands for in a class statement: the class,
    plus Generic unless a later base is generic already."""
    entries = [] if alias.__origin__ in bases else [alias.__origin__]
    later = bases[bases.index(alias) + 1:]
    if not any(isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or
               (isinstance(b, type) and issubclass(b, Generic)) for b in later):
        entries.append(Generic)
    return tuple(entries)


class _GenericAlias(_Final, _Unionable, _root=True):
    """A subscripted generic: List[int], Callable[[int], str], Stack[T], ClassVar[int]."""

    def __init__(self, origin, args, *, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def _origin_repr(self):
        if self._name:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        args = ", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"{self._origin_repr()}[{args}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self} is not a generic class")
        args = _as_tuple(args)
        if len(args) != len(params):
            raise TypeError(f"Too {'many' if len(args) > len(params) else 'few'} arguments "
                            f"for {self}; actual {len(args)}, expected {len(params)}")
        mapping = {p: p.__typing_subst__(a) for p, a in zip(params, args)}
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return _alias_mro_entries(self, bases)
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__") or attr.startswith("_"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, type(int | str))):
            return NotImplemented
        return len(self.__args__) == len(other.__args__) and \
            all(a in other.__args__ for a in self.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is type(None):
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"


class _CallableGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec)):
            return f"typing.Callable[{_type_repr(args[0])}, {_type_repr(args[-1])}]"
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_type_repr(args[-1])}]"


class _SpecialGenericAlias(_Final, _Unionable, _root=True):
    """An unsubscripted typing alias of a class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__

    def __repr__(self):
        return "typing." + self._name

    @property
    def __name__(self):
        return self._name

    def __getitem__(self, params):
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(params))
        if len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} "
                            f"arguments for {self}; actual {len(params)}, expected "
                            f"{self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, bases)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is Ellipsis or isinstance(args, ParamSpec):
            args = (args,)
        else:
            args = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a "
                                        "type.") for a in (args if isinstance(args, list)
                                                           else [args]))
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        return _CallableGenericAlias(self.__origin__, args + (result,), name=self._name)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name="Tuple", inst=False)
        params = _as_tuple(params)
        if len(params) == 2 and params[1] is Ellipsis:
            item = _type_check(params[0], "Tuple[t, ...]: t must be a type.")
            return _GenericAlias(tuple, (item, Ellipsis), name="Tuple", inst=False)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return _GenericAlias(tuple, tuple(_type_check(p, msg) for p in params),
                             name="Tuple", inst=False)


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2)
Type = _SpecialGenericAlias(type, 1, name="Type")


class Annotated:
    """Annotated[T, x, ...]: the type T with extra metadata for other tools."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        extras = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


# ---- Generic and Protocol

_parametrized = {}


def _parametrized_base(base, params):
    """The class standing for Generic[T, ...] or Protocol[T, ...] (one per parameters)."""
    key = (base, params)
    cls = _parametrized.get(key)
    if cls is None:
        name = f"{base.__name__}[{', '.join(_type_repr(p) for p in params)}]"
        namespace = {"__module__": "typing", "__qualname__": name,
                     "_typing_base_params": params, "_typing_origin": base,
                     "__parameters__": params}
        cls = type(base)(name, (base,), namespace)
        _parametrized[key] = cls
    return cls


class Generic:
    """Base class of generic classes: class Stack(Generic[T]): ...; Stack[int]."""

    def __class_getitem__(cls, params):
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                f"variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _parametrized_base(cls, params)
        expected = cls.__dict__.get("__parameters__", ())
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != len(expected):
            raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} "
                            f"arguments for {cls}; actual {len(params)}, expected "
                            f"{len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_typing_base_params" in cls.__dict__:
            return
        params = []
        for base in cls.__bases__:
            for p in base.__dict__.get("_typing_base_params", ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


_PROTOCOL_EXCLUDED = frozenset((
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
    "_is_runtime_protocol", "__protocol_attrs__", "__abstractmethods__", "__annotations__",
    "__dict__", "__doc__", "__init__", "__module__", "__new__", "__slots__",
    "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__",
    "_typing_base_params", "_typing_origin", "_abc_registry", "_abc_subclasses",
    "__init_subclass__"))


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic") or "_typing_base_params" in base.__dict__:
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for name in names:
            if not name.startswith("_abc_") and name not in _PROTOCOL_EXCLUDED:
                attrs.add(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __call__(cls, *args, **kwargs):
        if cls._is_protocol:
            raise TypeError("Protocols cannot be instantiated")
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if cls._is_protocol:
            if not cls._is_runtime_protocol:
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    break
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    break
            else:
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: a class matches when it has the members."""
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = "_typing_base_params" in cls.__dict__ or any(
            b is Protocol or b.__dict__.get("_typing_origin") is Protocol
            for b in cls.__bases__)


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
AnyStr = TypeVar("AnyStr", bytes, str)


@runtime_checkable
class SupportsInt(Protocol):
    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    @abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


class IO(Generic[AnyStr]):
    """The interface of file objects, for annotations."""


# CPython derives these from IO[str] and IO[bytes]; a subscripted class as a base needs
# __mro_entries__, which the runtime does not support yet.
class TextIO(IO):
    """Text file objects."""


class BinaryIO(IO):
    """Binary file objects."""


# ---- NamedTuple and TypedDict

_NAMEDTUPLE_PROHIBITED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__",
                                    "_fields", "_field_defaults", "_make", "_replace",
                                    "_asdict", "_source"))
_NAMEDTUPLE_SPECIAL = frozenset(("__module__", "__name__", "__annotations__"))


def _make_namedtuple(name, fields, module, defaults=()):
    fields = [(n, _type_check(t, f"field {n} annotation must be a type")) for n, t in fields]
    cls = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults,
                                 module=module)
    cls.__annotations__ = dict(fields)
    return cls


class _NamedTupleMeta(type):
    def __new__(metacls, typename, bases, namespace):
        if not bases:
            return super().__new__(metacls, typename, bases, namespace)
        for base in bases:
            if base is not NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        annotations = namespace.get("__annotations__", {})
        with_defaults = []
        for name in annotations:
            if name in namespace:
                with_defaults.append(name)
            elif with_defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"field{'s' if len(with_defaults) > 1 else ''} "
                                f"{', '.join(with_defaults)}")
        cls = _make_namedtuple(typename, annotations.items(), namespace["__module__"],
                               [namespace[n] for n in with_defaults])
        for key, value in namespace.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in cls._fields:
                setattr(cls, key, value)
        return cls

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to "
                            "NamedTuple, not both")
        return _make_namedtuple(typename, fields, _caller_module())


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0."""


class _TypedDictMeta(type):
    def __new__(metacls, name, bases, namespace, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError("cannot inherit from both a TypedDict type and a "
                                "non-TypedDict base class")
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg) for n, t in namespace.get("__annotations__", {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, t in own.items():
            origin = getattr(t, "__origin__", None)
            if origin is Required or (total and origin is not NotRequired):
                required.add(key)
            else:
                optional.add(key)
        namespace = dict(namespace)
        namespace.update(__annotations__=annotations, __required_keys__=frozenset(required),
                         __optional_keys__=frozenset(optional), __total__=total)
        return super().__new__(metacls, name, (dict,), namespace)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typeddict_from_call(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __subclasscheck__ = __instancecheck__


def _typeddict_from_call(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    namespace = {"__annotations__": dict(fields), "__module__": _caller_module(3)}
    return _TypedDictMeta(typename, (), namespace, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): title: str."""


def is_typeddict(tp):
    return isinstance(tp, type) and type(tp) is _TypedDictMeta


# ---- NewType and helper functions

class NewType(_Unionable):
    """NewType('UserId', int): a distinct name for a type; calling it returns the value."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__


def cast(typ, val):
    """Tells a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def overload(func):
    """Marks a signature-only definition; the last, undecorated one is the real function."""
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    return list(_overloads.get(key, ()))


def clear_overloads():
    _overloads.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """List[int] -> list, Union[int, str] -> Union, Annotated[int, x] -> Annotated."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias) + _PLAIN_GENERIC_ALIASES):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """Dict[str, int] -> (str, int); Callable[[int], str] -> ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and (args[0] is Ellipsis or isinstance(args[0], ParamSpec)):
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias,) + _PLAIN_GENERIC_ALIASES):
        return tp.__args__
    return ()


# ---- get_type_hints: annotations with string forward references evaluated

class _AnnotationParser:
    """Evaluates the annotation subset of Python expressions (names, attribute access,
    subscripts, lists, None, ..., literals and |) without eval()."""

    def __init__(self, text, globalns, localns):
        self.tokens = self._tokenize(text)
        self.pos = 0
        self.globalns = globalns
        self.localns = localns

    @staticmethod
    def _tokenize(text):
        tokens, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isalpha() or c == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            elif c.isdigit() or (c == "-" and i + 1 < len(text) and text[i + 1].isdigit()):
                j = i + 1
                while j < len(text) and (text[j].isalnum() or text[j] == "."):
                    j += 1
                tokens.append(("number", text[i:j]))
                i = j
            elif c in "'\"":
                j = text.index(c, i + 1)
                tokens.append(("string", text[i + 1:j]))
                i = j + 1
            elif text.startswith("...", i):
                tokens.append(("op", "..."))
                i += 3
            elif c in "[](),.|":
                tokens.append(("op", c))
                i += 1
            else:
                raise SyntaxError(f"invalid syntax in annotation {text!r}")
        return tokens

    def _peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def _take(self, value=None):
        token = self._peek()
        if value is not None and token[1] != value:
            raise SyntaxError(f"expected {value!r} in annotation")
        self.pos += 1
        return token

    def parse(self):
        value = self._expr()
        if self.pos != len(self.tokens):
            raise SyntaxError("unexpected text at the end of an annotation")
        return value

    def _expr(self):
        value = self._term()
        while self._peek() == ("op", "|"):
            self._take()
            value = Union[value, self._term()]
        return value

    def _term(self):
        value = self._atom()
        while True:
            token = self._peek()
            if token == ("op", "["):
                self._take()
                args = self._list_items("]")
                value = value[args[0] if len(args) == 1 else tuple(args)]
            elif token == ("op", "."):
                self._take()
                value = getattr(value, self._take()[1])
            else:
                return value

    def _list_items(self, closer):
        items = []
        while self._peek() != ("op", closer):
            items.append(self._expr())
            if self._peek() == ("op", ","):
                self._take()
        self._take(closer)
        return items

    def _atom(self):
        kind, value = self._take()
        if kind == "name":
            if value == "None":
                return None
            if value in ("True", "False"):
                return value == "True"
            for namespace in (self.localns, self.globalns):
                if namespace is not None and value in namespace:
                    return namespace[value]
            import builtins
            if hasattr(builtins, value):
                return getattr(builtins, value)
            raise NameError(f"name {value!r} is not defined")
        if kind == "string":
            return ForwardRef(value)
        if kind == "number":
            return float(value) if "." in value else int(value)
        if value == "...":
            return Ellipsis
        if value == "[":
            return self._list_items("]")
        if value == "(":
            return tuple(self._list_items(")"))
        raise SyntaxError("invalid syntax in annotation")


def _eval_type(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        value = _AnnotationParser(t.__forward_arg__, globalns, localns).parse()
        return _eval_type(_type_check(value, "Forward references must evaluate to types.",
                                      allow_special_forms=True), globalns, localns)
    if isinstance(t, _AnnotatedAlias):
        return _AnnotatedAlias(_eval_type(t.__origin__, globalns, localns), t.__metadata__)
    if isinstance(t, _GenericAlias) and not isinstance(t, _LiteralGenericAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and getattr(t, "__origin__", None) in (Required,
                                                                           NotRequired):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, string forward references
    evaluated in the namespace where they were written."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            module = sys.modules.get(base.__module__)
            base_globals = globalns if globalns is not None else \
                getattr(module, "__dict__", {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in base.__dict__.get("__annotations__", {}).items():
                if value is None:
                    value = type(None)
                hints[name] = _eval_type(value, base_globals, base_locals)
    else:
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None:
                globalns = getattr(obj, "__dict__", {})
        for name, value in getattr(obj, "__annotations__", {}).items():
            if value is None:
                value = type(None)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}

