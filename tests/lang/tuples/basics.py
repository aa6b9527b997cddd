# Tuple construction, indexing, methods
t = (1, "two", 3.0, [4], None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2])
print((), (1,), 1, (1), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
print(type(()).__name__, type((1,)).__name__, type((1)).__name__)
print(t.index("two"), t.count(None), (1, 1, 2, 1).count(1), (1, 2, 3).index(3, 1))
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
t[3].append(5)
print(t)
try:
    t[3] += [6]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), () * 5, (1,) * -1)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print(repr((1,)), str(("a", 'b"')), repr(((),)), ((1, 2), (3, (4, 5))))
