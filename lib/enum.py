"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

An enum class is built by EnumType: the class body runs in an _EnumDict, which records
which names are members (and fills in auto() values); EnumType.__new__ then creates one
instance per member and stores them on the class. Calling the class looks a member up
by value.
"""

import _caller
from _collections_abc import Mapping as _Mapping

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "member", "nonmember", "FlagBoundary", "STRICT",
           "CONFORM", "EJECT", "KEEP"]

class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """A member value to be chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class member:
    """Forces a value to become a member (even a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps a value in the class as a plain attribute."""

    def __init__(self, value):
        self.value = value


class _ReadOnlyMemberAttribute(property):
    """A member attribute (name, value) that refuses assignment and deletion with
    messages naming the enum class that defines it."""

    def __set_name__(self, owner, name):
        self._where = f"<enum {owner.__name__!r}>"
        self._attr = name

    def __set__(self, instance, value):
        raise AttributeError(f"{self._where} cannot set attribute {self._attr!r}")

    def __delete__(self, instance):
        raise AttributeError(f"{self._where} cannot delete attribute {self._attr!r}")


def _owner(cls, name):
    """The class in cls's MRO whose namespace defines name."""
    for base in cls.__mro__:
        if name in base.__dict__:
            return base
    return None


def _is_descriptor(obj):
    # Functions, classmethod and staticmethod are named explicitly: the runtime binds them
    # without exposing __get__ on their types.
    if isinstance(obj, (_function, classmethod, staticmethod)):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


_function = type(_is_descriptor)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"
            and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"
            and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = f"_{cls_name}__"
    return name.startswith(prefix) and not name.endswith("__") and len(name) > len(prefix)


_ALLOWED_SUNDERS = frozenset((
    "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
    "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_"))


class _EnumDict(dict):
    """The namespace of an enum class body: tells members from other attributes."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future "
                                 f"Enum use")
            if key == "_generate_next_value_":
                if self._member_names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, "__func__", value)
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else value
                self._ignore = list(names)
                clash = set(self._ignore) & set(self._member_names)
                if clash:
                    raise ValueError(f"_ignore_ cannot specify already set names: "
                                     f"{tuple(clash)!r}")
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _resolve_auto(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._generate_next_value(
                    key, 1, len(self._member_names), self._last_values[:])
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            return tuple(self._resolve_auto(key, v) for v in value)
        return value


class _MembersView(_Mapping):
    """A read-only view of an enum's members by name (what __members__ returns)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    # Like mappingproxy, the views and copies come from the underlying dict
    # (dict_keys and friends), not from the generic Mapping mixins.
    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)


Enum = ReprEnum = Flag = None  # defined below; EnumType checks for them while they are built


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members(cls, bases)
        namespace = _EnumDict(cls)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        member_names = list(getattr(classdict, "_member_names", ()))
        for name in getattr(classdict, "_ignore", ()):
            classdict.pop(name, None)
        members = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in members}
        namespace.pop("_ignore_", None)
        new, use_args = metacls._find_new_(namespace, member_type, first_enum)
        if first_enum is not None and "__new__" in namespace:
            namespace["__new_member__"] = namespace["__new__"]
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, type)):
            namespace["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
        elif boundary is not None:
            namespace["_boundary_"] = boundary
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        if first_enum is not None:
            # The enum's repr, str and format win over the data type's and object's.
            for name in ("__repr__", "__str__", "__format__"):
                if name not in namespace and _owner(enum_class, name) in member_type.__mro__:
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e."
                                " int, str, float, etc.)")
            if "__format__" not in namespace:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
            if "__str__" not in namespace:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)

        for name, value in members.items():
            enum_class._add_member_(name, value, new, use_args, member_type)

        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators win over a mixed-in int's.
            for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                         "__invert__"):
                if name not in namespace:
                    type.__setattr__(enum_class, name, getattr(Flag, name))
            enum_class._setup_flag_masks()
        order = namespace.get("_order_")
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError(f"member order does not match _order_:\n  "
                                f"{enum_class._member_names_!r}\n  {order!r}")
        return enum_class

    def _add_member_(cls, name, value, new, use_args, member_type):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        m = new(cls, *args) if use_args else new(cls)
        if not hasattr(m, "_value_"):
            m._value_ = value if member_type is object else member_type(*args)
        value = m._value_
        m._name_ = name
        m.__objclass__ = cls
        m.__init__(*args)
        canonical = None
        for existing in cls._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
        if canonical is not None:
            m = canonical
        elif Flag is None or not issubclass(cls, Flag) or _is_single_bit(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = m
        try:
            cls._value2member_map_.setdefault(value, m)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, m)

    @staticmethod
    def _check_for_existing_members(class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {base!r}")

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """(the data type members also belong to, the enum class to derive from)."""
        if not bases or Enum is None:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.append(base._member_type_)
                        break
                elif "__new__" in base.__dict__:
                    data_types.append(candidate or base)
                    break
                else:
                    candidate = candidate or base
        data_types = list(dict.fromkeys(data_types))
        if len(data_types) > 1:
            raise TypeError(f"too many data types for {class_name!r}: {data_types!r}")
        return (data_types[0] if data_types else object), first_enum

    @staticmethod
    def _find_new_(namespace, member_type, first_enum):
        """(the function that creates member objects, whether it takes the value)."""
        new = namespace.get("__new__")
        if new is not None:
            return getattr(new, "__func__", new), True
        if first_enum is None:
            return object.__new__, False
        for attr in ("__new_member__", "__new__"):
            for possible in (member_type, first_enum):
                for base in possible.__mro__:
                    if base is object:
                        break
                    if attr in base.__dict__:
                        return getattr(possible, attr), True
        return object.__new__, False

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of "
                        f"None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, last_values = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            module = _caller.globals(2).get("__name__", "__main__")
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(value).__qualname__}' and "
                            f"'{type(cls).__qualname__}'")
        return isinstance(value, cls) and value._name_ in cls._member_map_

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _MembersView(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """The base class of enumerations: members are instances, looked up by value with
    Color(1) and by name with Color['RED']."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = max(last_values)
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last + 1
        except TypeError:
            raise TypeError(f"unable to increment {last!r}") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_ReadOnlyMemberAttribute
    def name(self):
        return self._name_

    @_ReadOnlyMemberAttribute
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Keeps Enum's repr but uses the mixed-in type's str() and format()."""


class IntEnum(int, ReprEnum):
    """Members are also ints."""


class StrEnum(str, ReprEnum):
    """Members are also strs; auto() gives the lower-cased member name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f"encoding must be a string, not {values[1]!r}")
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f"errors must be a string, not {values[2]!r}")
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: raises ValueError when two names share a value."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


# A plain Enum printing like a StrEnum: StrEnum members need str subclass instances with
# attributes, which the runtime does not offer yet.
class FlagBoundary(Enum):
    """What Flag does with values that have bits no member has."""
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _bits_text(value, width):
    return "0b0 " + format(value, "b").zfill(width)


class Flag(Enum, boundary=CONFORM):
    """Members are bit flags combinable with |, & and ^."""

    @classmethod
    def _setup_flag_masks(cls):
        # Multi-bit members are aliases: only single bits make up the mask.
        singles = 0
        every = 0
        for m in cls._member_map_.values():
            if isinstance(m._value_, int):
                every |= m._value_
                if _is_single_bit(m._value_):
                    singles |= m._value_
        type.__setattr__(cls, "_flag_mask_", singles)
        type.__setattr__(cls, "_all_bits_", 2 ** every.bit_length() - 1)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            return 2 ** last.bit_length()
        except AttributeError:
            raise TypeError(f"invalid flag value {last!r}") from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        if value < 0:
            value = max(cls._all_bits_ + 1, 2 ** value.bit_length()) + value
        unknown = value & ~flag_mask
        boundary = cls._boundary_
        if unknown:
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given "
                                 f"{_bits_text(value, width)}\n  allowed "
                                 f"{_bits_text(flag_mask, width)}")
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & known == m._value_ and m._value_]
        if names and unknown:
            names.append(str(unknown))
        pseudo._name_ = "|".join(names) if names else None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(other).__qualname__}' and '{type(self).__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in type(self):
            if m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return self._value_.bit_count()

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = type(self).__name__
        value = self._member_type_.__repr__(self._value_) if self._member_type_ is not object \
            else repr(self._value_)
        if self._name_ is None:
            return f"<{cls_name}: {value}>"
        return f"<{cls_name}.{self._name_}: {value}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return type(self)(~self._value_)
        return type(self)(self._flag_mask_ ^ self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints and combine with plain ints."""
