# pass and del statements
def empty():
    pass
print(empty())
for _ in range(3):
    pass
print("loop of pass done", _)
if True:
    pass
else:
    pass
x = 1
del x
print("x" in dir())
a, b, c = 1, 2, 3
del a, b
print(c, "a" in dir(), "b" in dir())
L = [0, 1, 2, 3, 4, 5, 6]
del L[0]
print(L)
del L[1:3]
print(L)
del L[::2]
print(L)
del L[:]
print(L)
d = {i: i * i for i in range(5)}
del d[2]
print(d)
try:
    del d[99]
except KeyError as e:
    print("KeyError", e)
try:
    del L[5]
except IndexError as e:
    print("IndexError", e)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
try:
    del undefined_name
except NameError as e:
    print(e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
