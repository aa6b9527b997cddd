# Mutating a list while iterating over it (defined, if surprising)
L = [1, 2, 3, 4, 5, 6]
for x in L:
    if x % 2 == 0:
        L.remove(x)
print(L)
L = [1, 2, 3]
seen = []
for x in L:
    seen.append(x)
    if x == 1:
        L.append(4)
print(seen, L)
L = [1, 2, 3, 4]
for i, x in enumerate(L):
    if x == 2:
        del L[i]
print(L)
L = list(range(5))
for x in L[:]:
    L.remove(x)
print(L)
L = [0, 1, 2]
it = iter(L)
print(next(it))
L.insert(0, "new")
print(next(it), next(it), list(it))
L = [1, 2, 3]
for x in reversed(L):
    if x == 3:
        L.pop()
print(L)
L = [1, 2, 3]
r = reversed(L)
L.clear()
print(list(r))
