"""GenericAlias: what subscripting a generic class gives (collections.deque[int],
collections.abc.Mapping[str, int]): the class with its type arguments, for annotations."""


def type_repr(obj):
    """The way a type argument appears inside brackets: int, module.Class, ..."""
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(type_repr(a) for a in obj) + "]"
    if isinstance(obj, tuple) and not obj:
        return "()"
    return repr(obj)


class GenericAlias:
    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if hasattr(a, "__typing_subst__"))

    def __repr__(self):
        args = ", ".join(type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"{type_repr(self.__origin__)}[{args}]"

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def class_getitem(cls, params):
    """Use as `__class_getitem__ = classmethod(class_getitem)`."""
    return GenericAlias(cls, params)
