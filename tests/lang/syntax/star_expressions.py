# Star expressions in assignment, literals and calls
a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = "hello"
print(c, d)
e, *f, g = range(6)
print(e, f, g)
h, *i = [1]
print(h, i)
first, *middle, last = (1, 2)
print(first, middle, last)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3))
print({*[1, 2, 2], *{3}} == {1, 2, 3})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def show(*args, **kw):
    return args, sorted(kw.items())
print(show(*[1, 2], 3, *(4,), **{'x': 1}, y=2))
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
*s, = "xyz"
print(s)
t = *range(2), 9
print(t)
print(*[1, 2, 3], sep='-')
print(*"abc")
x, (y, *z) = 1, (2, 3, 4)
print(x, y, z)
try:
    a, *b, c = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
