# del on names, items, slices; re-binding after del
a = 1
del a
a = 2
print(a)
L = list(range(10))
del L[2], L[3]
print(L)
del L[-2:], L[0]
print(L)
d = {"x": 1, "y": 2, "z": 3}
for k in ["x", "z"]:
    del d[k]
print(d)
def local_del():
    v = [1, 2]
    w = v
    del v
    return w
print(local_del())
x, y = 1, 2
del (x, y)
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
def fattr():
    pass
fattr.a = 1
del fattr.a
print(hasattr(fattr, "a"))
try:
    del fattr.a
except AttributeError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print("i" in globals())
