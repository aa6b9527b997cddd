# frozensets as dict keys and set elements
fs1 = frozenset([1, 2])
fs2 = frozenset([2, 1])
d = {fs1: "pair"}
print(d[fs2], fs1 is not fs2, fs1 == fs2)
nested = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(nested), sorted([sorted(x) for x in nested]))
print(frozenset([1]) in {frozenset([1])}, {1, 2} in [frozenset({1, 2})])
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
power = [frozenset()]
for e in [1, 2, 3]:
    power += [p | {e} for p in power]
print(len(power), sorted([sorted(p) for p in power]))
print(frozenset("aab") == frozenset("ab"), len(frozenset("mississippi")))
print(frozenset([1, 2]).union([3]), frozenset([1, 2]).copy() == frozenset([1, 2]))
print(repr(frozenset()), repr(frozenset([5])), repr(set()), repr({5}))
