# Tuple and sequence unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
i, j, k = range(3)
print(i, j, k)
x = y = z = 0
print(x, y, z)
p = q = []
p.append(1)
print(q)
for n, (l1, l2) in enumerate(["ab", "cd"]):
    print(n, l1, l2)
d = {'one': 1, 'two': 2}
for key, val in d.items():
    print(key, val)
L = [0, 0, 0]
idx = 0
idx, L[idx] = 2, 7
print(idx, L)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print(ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print(ex)
try:
    a, b = 5
except TypeError as ex:
    print(ex)
m, n = {'p': 1, 'q': 2}
print(m, n)
((a, b), (c, d)) = [[1, 2], [3, 4]]
print(a + b + c + d)
