# Tuples of mutables, nesting, conversion and repr
t = ([1], {"a": 1}, {2})
t[0].append(2)
t[1]["b"] = 2
t[2].add(3)
print(t)
nested = ((1, 2), (3, (4, (5, (6,)))))
print(nested[1][1][1][1][0], len(nested), nested[1][1])
print(tuple([tuple(r) for r in [[1], [2, 3]]]))
print(str((1, 2)), repr(("x",)), repr(((1,),)), str(tuple()), repr(tuple("é")))
s = (1, 2, 3, 4, 5)
print(s[1:4], s[-2:], s[::-2], s[5:], s[:0])
print(list(enumerate(("a", "b"), 1)), dict([("k", 1), ("j", 2)]))
def varargs(*args):
    return args, type(args).__name__
print(varargs(), varargs(1), varargs(*(1, 2)))
big = tuple(range(1000))
print(len(big), big[500], sum(big), big.index(999), big.count(0))
print((1, 2) * 2 == (1, 2, 1, 2), (1,) + () == (1,), () == tuple([]))
