# list() from every iterable and conversions
print(list(), list("abc"), list((1, 2)), list(range(4)), list({3: "a", 1: "b"}), list(b"hi"))
print(list({"k": 1}.items()), list({"k": 1}.values()), list(reversed([1, 2, 3])), list(enumerate("ab")))
print(list(zip([1, 2], "ab")), list(map(abs, [-1, -2])), list(filter(None, [0, 1, "", "x"])))
print(list(iter([1, 2])), list(frozenset([5])), list(bytearray(b"\x01")), list(range(10, 0, -3)))
L = [1, 2]
print(list(L) is L, list(L) == L)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(str([1, "a", None, 1.5, [2]]), repr([]), repr([[]]), [1, 2].__repr__())
print(tuple([1, 2]), set([1, 1, 2]), dict([[1, 2], (3, 4)]), "".join(["a", "b"]))
