# Passing mutable objects and rebinding parameters
def modify(lst):
    lst.append(99)
def rebind(lst):
    lst = [0]
    return lst
L = [1, 2]
modify(L)
print(L)
print(rebind(L), L)
def inc_all(d):
    for k in d:
        d[k] += 1
d = {"a": 1, "b": 2}
inc_all(d)
print(d)
def reassign_int(n):
    n += 1
    return n
x = 5
print(reassign_int(x), x)
def extend_tuple(t):
    t += (3,)
    return t
t = (1, 2)
print(extend_tuple(t), t)
def extend_list(l):
    l += [3]
    return l
l = [1, 2]
print(extend_list(l), l)
def slice_assign(l):
    l[:] = ["replaced"]
slice_assign(l)
print(l)
def clear(d):
    d.clear()
clear(d)
print(d)
def nested_mut(m):
    m[0][0] = "X"
grid = [[0] * 2] * 2
nested_mut(grid)
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
nested_mut(grid2)
print(grid2)
