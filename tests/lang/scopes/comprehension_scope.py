# Comprehensions get their own scope
x = "module x"
print([x for x in "ab"], x)
print({x: 1 for x in "cd"}, x)
print({x for x in [1]}, x)
def f():
    y = 10
    return [y * i for i in range(3)]
print(f())
def g():
    vals = [lambda: i for i in range(3)]
    return [v() for v in vals]
print(g())
def h():
    return [[i * j for j in range(i)] for i in range(4)]
print(h())
total = 100
print([total + i for i in range(2)])
def shadow():
    i = "function i"
    r = [i for i in range(2)]
    return i, r
print(shadow())
data = [[1, 2], [3, 4]]
print([n for row in data for n in row if n != row[0]])
def walrus_leak():
    [last := v for v in range(5)]
    return last
print(walrus_leak())
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
print([i for i in range(3)] + [i for i in range(3, 5)])
