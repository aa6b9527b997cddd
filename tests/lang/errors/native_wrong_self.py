# Every method of a built-in type, called through its class with a `self` of the wrong type
# (or none at all), raises TypeError instead of reading the object as the wrong layout.
import builtins
import sys


class Other:
    pass


def gen():
    yield 1


def outcome(f, *args):
    try:
        f(*args)
    except Exception as e:
        return e
    return None


TYPES = [t for n, t in sorted(vars(builtins).items()) if isinstance(t, type)]
TYPES += [type(iter([])), type(iter(())), type(iter("")), type(iter(range(3))), type({}.keys()),
          type({}.values()), type({}.items()), type(iter({})), type(None), type(len),
          type(gen), type(gen()), type(Ellipsis), type(NotImplemented), type(sys)]

# Methods whose messages are checked one by one (the others must raise TypeError too).
EXPECTED = {
    'BaseException': (
        '__init__ __repr__ __str__ add_note with_traceback '
    ).split(),
    'bool': (
        '__and__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__ '
    ).split(),
    'bytearray': (
        '__contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __iadd__ __iter__ '
        '__le__ __len__ __lt__ __mul__ __ne__ __repr__ __rmul__ __setitem__ append '
        'capitalize center clear copy count decode endswith expandtabs extend find hex '
        'index insert isalnum isalpha isascii isdigit islower isspace istitle isupper '
        'join ljust lower lstrip partition pop remove removeprefix removesuffix replace '
        'reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith '
        'strip swapcase title translate upper zfill '
    ).split(),
    'bytes': (
        '__add__ __bytes__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ '
        '__iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmul__ '
        'capitalize center count decode endswith expandtabs find hex index isalnum '
        'isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip '
        'partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit '
        'rstrip split splitlines startswith strip swapcase title translate upper zfill '
    ).split(),
    'classmethod': (
        '__get__ '
    ).split(),
    'complex': (
        '__abs__ __add__ __bool__ __complex__ __eq__ __format__ __ge__ __getnewargs__ '
        '__gt__ __hash__ __le__ __lt__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ '
        '__repr__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ conjugate '
    ).split(),
    'dict': (
        '__contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __init__ __ior__ '
        '__iter__ __le__ __len__ __lt__ __ne__ __or__ __repr__ __reversed__ __ror__ '
        '__setitem__ clear copy get items keys pop popitem setdefault update values '
    ).split(),
    'dict_items': (
        '__contains__ __iter__ __len__ __repr__ __reversed__ isdisjoint '
    ).split(),
    'dict_keyiterator': (
        '__iter__ __length_hint__ __next__ '
    ).split(),
    'dict_keys': (
        '__contains__ __iter__ __len__ __repr__ __reversed__ isdisjoint '
    ).split(),
    'dict_values': (
        '__iter__ __len__ __repr__ __reversed__ '
    ).split(),
    'enumerate': (
        '__iter__ __next__ '
    ).split(),
    'filter': (
        '__iter__ __next__ '
    ).split(),
    'float': (
        '__abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ '
        '__floordiv__ __format__ __ge__ __getnewargs__ __gt__ __hash__ __int__ __le__ '
        '__lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ '
        '__repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ '
        '__rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate hex '
        'is_integer '
    ).split(),
    'frozenset': (
        '__and__ __contains__ __eq__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ '
        '__lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__ '
        'copy difference intersection isdisjoint issubset issuperset symmetric_difference '
        'union '
    ).split(),
    'function': (
        '__get__ '
    ).split(),
    'generator': (
        '__iter__ __next__ close send throw '
    ).split(),
    'int': (
        '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ '
        '__floordiv__ __format__ __ge__ __getnewargs__ __gt__ __hash__ __index__ __int__ '
        '__invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ '
        '__pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ '
        '__rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ '
        '__rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio '
        'bit_count bit_length conjugate to_bytes '
    ).split(),
    'list': (
        '__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __iadd__ '
        '__imul__ __init__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ '
        '__reversed__ __rmul__ __setitem__ __sizeof__ append clear copy count extend '
        'index insert pop remove reverse sort '
    ).split(),
    'list_iterator': (
        '__iter__ __length_hint__ __next__ '
    ).split(),
    'map': (
        '__iter__ __next__ '
    ).split(),
    'property': (
        '__delete__ __get__ __init__ __set__ __set_name__ deleter getter setter '
    ).split(),
    'range': (
        '__contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ '
        '__lt__ __ne__ __reduce__ __repr__ __reversed__ count index '
    ).split(),
    'range_iterator': (
        '__iter__ __length_hint__ __next__ '
    ).split(),
    'reversed': (
        '__iter__ __length_hint__ __next__ '
    ).split(),
    'set': (
        '__and__ __contains__ __eq__ __ge__ __gt__ __iand__ __init__ __ior__ __isub__ '
        '__iter__ __ixor__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ '
        '__rsub__ __rxor__ __sub__ __xor__ add clear copy difference difference_update '
        'discard intersection intersection_update isdisjoint issubset issuperset pop '
        'remove symmetric_difference symmetric_difference_update union update '
    ).split(),
    'slice': (
        '__reduce__ indices '
    ).split(),
    'staticmethod': (
        '__get__ '
    ).split(),
    'str': (
        '__add__ __contains__ __eq__ __format__ __ge__ __getitem__ __getnewargs__ __gt__ '
        '__hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ '
        '__rmul__ __sizeof__ __str__ capitalize casefold center count encode endswith '
        'expandtabs find format format_map index isalnum isalpha isascii isdecimal '
        'isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join '
        'ljust lower lstrip partition removeprefix removesuffix replace rfind rindex '
        'rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title '
        'translate upper zfill '
    ).split(),
    'str_ascii_iterator': (
        '__next__ '
    ).split(),
    'tuple': (
        '__add__ __contains__ __eq__ __ge__ __getitem__ __getnewargs__ __gt__ __hash__ '
        '__iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __rmul__ count index '
    ).split(),
    'tuple_iterator': (
        '__iter__ __length_hint__ __next__ '
    ).split(),
    'type': (
        '__call__ __instancecheck__ __subclasscheck__ __subclasses__ mro '
    ).split(),
    'zip': (
        '__iter__ __next__ '
    ).split(),
}


def has_self(T, name, v):
    if not callable(v) or isinstance(v, (type, staticmethod, classmethod)):
        return False
    # classmethods and __new__ come out of the class already bound to it
    return not isinstance(getattr(getattr(T, name), "__self__", None), type)


anomalies = 0
checked = 0
for T in TYPES:
    if T is object:
        continue  # object's methods accept every object
    listed = EXPECTED.get(T.__name__, ())
    for name, v in list(T.__dict__.items()):
        if not has_self(T, name, v):
            continue
        f = getattr(T, name)
        for args in ((Other(),), (5,), ()):
            if args and isinstance(args[0], T):
                continue
            e = outcome(f, *args)
            checked += 1
            if not isinstance(e, TypeError):
                anomalies += 1
                print("no TypeError:", T.__name__, name, len(args), type(e).__name__)
    for name in sorted(T.__dict__):
        if name in listed:
            f = getattr(T, name)
            print(f"{T.__name__}.{name}: {outcome(f, Other())} | {outcome(f)}")
print("anomalies:", anomalies, "checked some:", checked > 1000)
