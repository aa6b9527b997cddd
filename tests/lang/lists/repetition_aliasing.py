# * repetition and aliasing of nested lists
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])
L = [[]] * 4
L[0].append("x")
print(L)
L[1] = ["replaced"]
print(L)
print([1, 2] * 3, [1] * 0, [1] * -2, 3 * ["a"], [] * 100)
a = [1, 2]
b = a
b += [3]
print(a, a is b)
b = b + [4]
print(a, b, a is b)
c = a[:]
c.append(99)
print(a, c)
d = list(a)
print(d == a, d is a)
nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(100)
shallow[1] = "new"
print(nested, shallow)
x = [0]
x *= 3
print(x)
y = [[0]]
y *= 2
y[0].append(1)
print(y)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
