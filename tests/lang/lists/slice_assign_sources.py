# Slice assignment from the different kinds of source: another list (read in place), the
# target list itself, tuples and iterators, and a source that a slice bound's __index__
# empties before the assignment reads it.
a = [1, 2, 3, 4]
a[1:3] = a
print(a)
b = [1, 2, 3]
b[::-1] = b
print(b)
c = [0] * 5
c[::2] = [7, 8, 9]
print(c)
d = [1, 2]
d[5:] = (9,)
print(d)
e = [1, 2, 3]
e[1:] = iter("xy")
print(e)
p = [3, 1, 2, 0]
p[:4] = p[3::-1]
print(p)


class EmptiesSource:
    def __init__(self, source, value):
        self.source = source
        self.value = value

    def __index__(self):
        self.source.clear()
        return self.value


src = [1, 2, 3]
t = [0, 0, 0, 0]
t[0:EmptiesSource(src, 2)] = src
print(t)
try:
    u = [0, 0, 0]
    u[::2] = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
