# Assignment expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6])
print(y)
i = 0
while (i := i + 1) < 5:
    print("i", i)
print(i)
vals = [(v := k) + 1 for k in range(3)]
print(vals, v)
def f(a):
    return (b := a + 1) * b
print(f(3))
print((z := 10), z)
total = 0
print([total := total + k for k in range(1, 6)])
print(total)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
found = None
for x in data:
    if (sq := x * x) > 50:
        found = sq
        break
print(found, sq)
print(f"{(w := 5)} {w}")
