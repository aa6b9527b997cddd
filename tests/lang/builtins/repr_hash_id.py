# repr of builtins values and hash of ints/floats/tuples
vals = [0, -1, 2 ** 70, 1.0, -2.5, 1e300, float("inf"), 3 + 4j, "s'q", b"\x00", [1, "a"], (1,), (), {1: "x"}, {1, 2}, frozenset({3}), None, True, ..., range(2, 9, 3), slice(None, 5)]
for v in vals:
    print(repr(v), str(v) == repr(v))
print(repr(len), repr(print), repr(int), repr(ValueError), repr(ValueError("x")))
for v in [0, 1, -1, -2, 10 ** 20, -(10 ** 20), 2 ** 61 - 1, 2 ** 61, 2 ** 63, 0.0, 1.5, -1.5, 1e100, 2.0 ** 80, float("inf"), float("-inf"), (), (1,), (1, 2), ((1, 2), 3), (1.5, -1), True, 3 + 0j]:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(1 / 2), hash((1, "a")) == hash((1, "a")))
for bad in [[], {}, set(), bytearray(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
a = [1]
print(id(a) == id(a), id(a) != id([1]), a is a)
