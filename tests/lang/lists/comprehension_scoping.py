# List comprehension scoping
x = "outer x"
squares = [x * x for x in range(5)]
print(x, squares)
i = 100
L = [i for i in range(3)]
print(i, L)
def f():
    n = 10
    return [n + k for k in range(3)]
print(f())
def g():
    items = [lambda: k for k in range(3)]
    return [fn() for fn in items]
print(g())
def h():
    items = [lambda k=k: k for k in range(3)]
    return [fn() for fn in items]
print(h())
y = 5
print([y for _ in range(2)], [[y * j for j in range(2)] for y in range(3)], y)
try:
    [k for k in range(3)]
    print(k)
except NameError as e:
    print(type(e).__name__, e)
print([(w := v * 2) for v in range(3)], w)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [[row[c] for row in matrix] for c in range(3)])
def outer():
    base = [1, 2]
    return [[b + o for b in base] for o in (10, 20)]
print(outer())
cls_like = 7
print([cls_like + z for z in range(2)])
