# Starred assignment in loops, nested, and with strings/ranges
for a, *b in ["xyz", "q", range(3)]:
    print(a, b)
[*a] = range(3)
print(a)
(a, *b), c = "pqr", 5
print(a, b, c)
a, *b, c, d = range(10)
print(a, b, c, d)
*a, (b, c) = [1, 2, (3, 4)]
print(a, b, c)
a, [*b] = 1, "xy"
print(a, b)
head, *_ = "hello"
*_, tail = "hello"
print(head, tail)
d = {}
d["x"], *d["rest"] = [1, 2, 3]
print(d)
L = [0, 0]
L[0], *L[1:] = "abc"
print(L)
try:
    *a, b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
print([*"ab", *[], *range(2), *{3: 4}])
x = *"ab", *"cd"
print(x)
