# isinstance/issubclass with tuples, type(x).__name__
vals = [1, True, 1.5, 1j, "s", b"b", bytearray(), [1], (1,), {1: 2}, {1}, frozenset(), None, range(1), len, lambda: 0, ..., NotImplemented, slice(1), type]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (int, float, complex)), isinstance(v, (list, tuple)), isinstance(v, object))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(int, (str, object)), issubclass(type, object))
print(issubclass(bool, (bool,)), isinstance(3, ()), isinstance(3, ((int,), str)))
try:
    isinstance(3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
print(type(3) is int, type(True) is int, type(True) is bool, type(type(3)) is type, type(None).__name__)
print(type(3) == int, type("") in (str, bytes), type([]) is list, type({}) is not set)
print(int.__name__, str.__name__, list.__name__, dict.__name__, NoneType.__name__ if False else type(None).__name__)
