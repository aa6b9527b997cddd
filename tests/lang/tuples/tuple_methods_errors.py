# Tuple methods and error messages
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(2, 3), t.index(3, -3))
try:
    t.index(2, 5)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [lambda: t.append(1), lambda: t.sort(), lambda: setattr(t, "x", 1)]:
    try:
        bad()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    t * "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = t
except ValueError as e:
    print(type(e).__name__, e)
print(len(t), min(t), max(t), sum(t), sorted(t, reverse=True), list(reversed(t)))
print(tuple(sorted(set(t))), t[1:4], t[:-10], t * 0 == (), (t,) * 2)
