# Set operators on int sets
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a == {5, 4, 3, 2, 1})
print(a.union(b, [8]), a.intersection(b, {5}), a.difference(b, [1]), a.symmetric_difference([1, 9]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({100}))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
fa = frozenset([3, 1, 2])
print(fa | {9}, type(fa | {9}).__name__, type({9} | fa).__name__, fa & a, fa == {1, 2, 3})
print({1, 2} == frozenset({1, 2}), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(set(), frozenset(), {0}, set([0, 0, 0]), set(range(5)), frozenset(range(3)))
print(len(a), 3 in a, 9 not in a, sorted(a ^ b, reverse=True))
