# insert and pop at many positions
L = []
for i in range(6):
    L.insert(i // 2, i)
    print(L)
for pos in [0, -1, 2, -2]:
    print(pos, L.pop(pos), L)
L = list(range(5))
L.insert(-1, "a")
L.insert(-10, "b")
L.insert(10, "c")
L.insert(0, "d")
print(L)
while L:
    L.pop(len(L) // 2)
    print(L)
try:
    L.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop(2)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop("0")
except TypeError as e:
    print(type(e).__name__, e)
