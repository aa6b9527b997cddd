# Semicolons, line continuation, pass, del, multiple targets
a = 1; b = 2; c = a + b; print(c)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,
    3,   # trailing comma
]
print(items)
def nothing():
    pass
print(nothing())
if True: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
x = y = [1, 2]
del x
print(y)
try:
    x
except NameError as e:
    print(e)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['c']
print(d)
L = list(range(10))
del L[::2]
print(L)
del L[1:3]
print(L)
del L[-1]
print(L)
t = 1,
print(t, type(t).__name__)
print(((((1)))))
e = ()
print(e, len(e))
print(Ellipsis, ..., ... is Ellipsis)
print(__name__)
