# callable, getattr/hasattr, vars-free introspection, divmod, len on many types
print(len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1}), len(b"ab"), len(range(10)), len(bytearray(3)), len(frozenset()))
print(callable(print), callable(1), callable("x".upper), callable(lambda: 1), callable(int))
print(getattr("abc", "upper")(), getattr([], "nope", "dflt"), hasattr(1, "real"), hasattr(1, "nope"))
f = lambda: 0
setattr(f, "tag", 5)
print(getattr(f, "tag"), f.tag)
delattr(f, "tag")
print(hasattr(f, "tag"))
print(bool(), int(), float(), str(), list(), tuple(), dict(), set(), complex(), bytes())
print(int("7") + float("1.5"), str(12).zfill(4), list("ab") + list((1,)))
print(max(len("a"), len("bcd")), divmod(len("abcdefg"), 3), pow(len("ab"), 10))
g = globals()
print("f" in g, type(g).__name__)
def loc():
    x = 1
    y = 2
    return sorted(locals())
print(loc())
print(format(3.14159, ".2f"), format(10, "b"), format("x", "^5"), ascii("é"), repr("é"))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
print(all([isinstance(x, type) for x in [int, str, list, dict, set, tuple, bool, float, complex, bytes, range]]))
