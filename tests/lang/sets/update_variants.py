# update/intersection_update/difference_update with many iterable types
s = {1, 2}
s.update([3], (4,), range(5, 7), {7: "k"}, frozenset([8]))
print(s)
s.intersection_update(range(0, 10, 2), [0, 2, 4, 6, 8, 100])
print(s)
s.difference_update({2}, [4])
print(s)
s.symmetric_difference_update([6, 9])
print(s)
s |= set(range(3))
print(s)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
print(s.union(), s.intersection(), s.difference() == s, s.union() is s)
e = set()
e.update()
e.update("")
print(e, len(e))
print(set.union({1}, {2}, {3}), set.intersection({1, 2}, [2, 3]))
