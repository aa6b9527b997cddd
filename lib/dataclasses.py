"""Data classes: @dataclass writes __init__, __repr__, __eq__ (and optionally ordering,
__hash__ and immutability) from a class's annotated fields."""

import sys
from _argbind import Signature as _Signature

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ but not stored."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            return f"dataclasses.InitVar[{self.type.__name__}]"
        return f"dataclasses.InitVar[{self.type!r}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class _MetadataProxy(dict):
    """Field.metadata: a read-only view of the mapping given to field()."""

    def __repr__(self):
        return f"mappingproxy({dict.__repr__(self)})"

    def _readonly(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = update = setdefault = pop = popitem = clear = _readonly


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _MetadataProxy(metadata or {})
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
                f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
                f"_field_type={self._field_type})")

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


def fields(class_or_instance):
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


# ---- which annotations are ClassVar, InitVar or KW_ONLY

def _typing_attr(name):
    typing = sys.modules.get("typing")
    return getattr(typing, name, None) if typing is not None else None


def _is_classvar(annotation):
    classvar = _typing_attr("ClassVar")
    if classvar is None:
        return False
    return annotation is classvar or getattr(annotation, "__origin__", None) is classvar


def _string_marker(cls, annotation):
    """What the leading name of a string annotation ('ClassVar[int]', 'typing.ClassVar',
    'InitVar[int]', 'KW_ONLY') means in the class's module; None when unknown."""
    head = annotation.split("[", 1)[0].strip()
    module = sys.modules.get(cls.__module__)
    namespace = module.__dict__ if module is not None else {}
    parts = head.split(".")
    value = namespace.get(parts[0].strip())
    for part in parts[1:]:
        value = getattr(value, part.strip(), None)
    return value


def _field_kind(cls, annotation):
    if isinstance(annotation, str):
        annotation = _string_marker(cls, annotation)
    if _is_classvar(annotation):
        return _FIELD_CLASSVAR
    if isinstance(annotation, InitVar) or annotation is InitVar:
        return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(cls, annotation):
    if isinstance(annotation, str):
        annotation = _string_marker(cls, annotation)
    return annotation is KW_ONLY


def _unhashable(value):
    # The built-in mutable types are named too: the runtime does not set their __hash__
    # to None.
    return type(value).__hash__ is None or isinstance(value, (list, dict, set, bytearray))


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _field_kind(cls, annotation)
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type is _FIELD_CLASSVAR:
        return f
    if f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable(f.default):
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not "
                         f"allowed: use default_factory")
    return f


# ---- the generated methods

def _set_qualname(cls, function, name):
    function.__name__ = name
    function.__qualname__ = f"{cls.__qualname__}.{name}"
    return function


def _make_init(cls, all_fields, frozen, has_post_init):
    init_fields = [f for f in all_fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    seen_default = None
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = f
        elif seen_default is not None:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    ordered = positional + keyword_only
    defaults = {}
    for f in ordered:
        if f.default_factory is not MISSING:
            defaults[f.name] = _HAS_DEFAULT_FACTORY
        elif f.default is not MISSING:
            defaults[f.name] = f.default
    signature = _Signature(f"{cls.__qualname__}.__init__", [f.name for f in positional],
                           [f.name for f in keyword_only], defaults)
    # (position in the bound values, name, default factory) of each field to store.
    stored = [(i, f.name, f.default_factory) for i, f in enumerate(ordered)
              if f._field_type is _FIELD]
    later = [(f.name, f.default_factory, f.default) for f in all_fields
             if not f.init and f._field_type is _FIELD and
             (f.default is not MISSING or f.default_factory is not MISSING)]
    initvars = [i for i, f in enumerate(ordered) if f._field_type is _FIELD_INITVAR]
    store = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        values = signature.bind(args, kwargs)
        for i, name, factory in stored:
            value = values[i]
            if value is _HAS_DEFAULT_FACTORY:
                value = factory()
            store(self, name, value)
        for name, factory, default in later:
            store(self, name, factory() if factory is not MISSING else default)
        if has_post_init:
            self.__post_init__(*[values[i] for i in initvars])

    return _set_qualname(cls, __init__, "__init__")


_repr_running = set()


def _make_repr(cls, shown):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        finally:
            _repr_running.discard(key)
        return f"{type(self).__qualname__}({inner})"

    __repr__._dataclass_generated = True  # pprint lays out such instances field by field
    return _set_qualname(cls, __repr__, "__repr__")


def _make_compare(cls, name, names, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names),
                      tuple(getattr(other, n) for n in names))
        return NotImplemented

    return _set_qualname(cls, compare, name)


_COMPARISONS = (
    ("__lt__", lambda a, b: a < b),
    ("__le__", lambda a, b: a <= b),
    ("__gt__", lambda a, b: a > b),
    ("__ge__", lambda a, b: a >= b),
)


def _make_hash(cls, names):
    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    return _set_qualname(cls, __hash__, "__hash__")


def _make_frozen_methods(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return (_set_qualname(cls, __setattr__, "__setattr__"),
            _set_qualname(cls, __delattr__, "__delattr__"))


def _set_new_attribute(cls, name, value):
    """Adds a generated method unless the class defines its own; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__[_PARAMS].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_here = kw_only
    for name, annotation in annotations.items():
        if _is_kw_only_marker(cls, annotation):
            if kw_only_here is True and any(f for f in own_fields if f.kw_only):
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been "
                                f"specified")
            kw_only_here = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only_here))
    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, list(all_fields.values()), frozen, has_post_init))
    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(cls, [f.name for f in field_list
                                                             if f.repr]))
    compared = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_compare(cls, "__eq__", compared,
                                                        lambda a, b: a == b))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in _COMPARISONS:
            if _set_new_attribute(cls, name, _make_compare(cls, name, compared, op)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}."
                                f" Consider using functools.total_ordering")
    if frozen:
        names = frozenset(f.name for f in field_list)
        for method in _make_frozen_methods(cls, names):
            if _set_new_attribute(cls, method.__name__, method):
                raise TypeError(f"Cannot overwrite attribute {method.__name__} in class "
                                f"{cls.__name__}")

    hashed = [f.name for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(cls, hashed)
    elif eq and not has_explicit_hash:
        cls.__hash__ = _make_hash(cls, hashed) if frozen else None

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _signature_text(all_fields.values())
    if match_args:
        # The positional parameters of __init__, InitVars included.
        _set_new_attribute(cls, "__match_args__",
                           tuple(f.name for f in all_fields.values()
                                 if f._field_type in (_FIELD, _FIELD_INITVAR)
                                 and f.init and not f.kw_only))
    return cls


def _add_slots(cls, weakref_slot):
    """A copy of cls whose fields are __slots__ (a class's slots are fixed when it is
    created, so the class is made again)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    namespace = dict(cls.__dict__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    names = tuple(f.name for f in fields(cls) if f.name not in inherited)
    if weakref_slot:
        names += ("__weakref__",)
    namespace["__slots__"] = names
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__qualname__"] = cls.__qualname__
    return type(cls)(cls.__name__, cls.__bases__, namespace)


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation)


def _signature_text(all_fields):
    """The generated __init__'s signature as inspect would print it (the default __doc__)."""
    params = [f for f in all_fields if f.init and f._field_type is not _FIELD_CLASSVAR]
    parts = []
    for kw_only in (False, True):
        group = [f for f in params if bool(f.kw_only) == kw_only]
        if kw_only and group:
            parts.append("*")
        for f in group:
            text = f"{f.name}: {_annotation_text(f.type)}"
            if f.default_factory is not MISSING:
                text += " = <factory>"
            elif f.default is not MISSING:
                text += f" = {f.default!r}"
            parts.append(text)
    return "(" + ", ".join(parts) + ")"


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds generated special methods to a class; slots=True rebuilds it with __slots__."""
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                             kw_only)
        if slots:
            cls = _add_slots(cls, weakref_slot)
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


# ---- working with instances

def _copy_value(obj, dict_factory, as_tuple):
    if _is_dataclass_instance(obj):
        items = [(f.name, _copy_value(getattr(obj, f.name), dict_factory, as_tuple))
                 for f in fields(obj)]
        return tuple(v for _, v in items) if as_tuple else dict_factory(items)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_copy_value(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_value(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_value(k, dict_factory, as_tuple),
                          _copy_value(v, dict_factory, as_tuple)) for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """The fields as a dict, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_value(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The field values as a tuple, recursing like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_copy_value(obj, dict, True))


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 f"specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            if f._field_type is _FIELD:
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Builds a dataclass from (name[, type[, Field]]) descriptions."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, "typing.Any"
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = annotation
    namespace["__annotations__"] = annotations
    if module is None:
        import _caller
        module = _caller.globals(1).get("__name__", "__main__")
    namespace["__module__"] = module
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only)
