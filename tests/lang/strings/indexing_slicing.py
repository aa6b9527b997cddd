# String indexing and slicing with steps
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[0:5], s[7:], s[:-1], s[::2], s[1::2], s[::-1], s[-1:-6:-1], s[10:2:-3])
print(s[100:], s[-100:2], repr(s[5:5]), repr(s[8:3]))
for i in range(-3, 3):
    print(i, repr(s[i]), repr(s[i:]), repr(s[:i]))
try:
    s[13]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-14]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
u = "héllo wörld ✓ 😀"
print(u[1], u[-1], u[-3], u[::-1], len(u), u[6:11])
print(s[True], s[False:True + 4])
print("abc"[1:2][0][0][0])
