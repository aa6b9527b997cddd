# Set mutation methods
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.remove(2); print(s)
s.discard(99); s.discard(3); print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x in {1, 4}, len(s))
s.update([7, 8], {9}, range(2))
print(s)
s.intersection_update({0, 1, 7, 100})
print(s)
s.difference_update([0])
print(s)
s.symmetric_difference_update({1, 2})
print(s)
t = s.copy()
t.add(50)
print(s, t)
t.clear()
print(t, len(t))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2}.__len__(), {1}.__contains__(1), sorted({5, 1, 3}))
