# Slicing syntax on sequences
s = "abcdefghij"
L = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3])
print(s[::-1], s[-3:], s[:-3], s[-5:-2], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], s[::-3])
print(L[1:8:2], L[::-2], L[-1:-5:-1], L[5:-1])
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::2], t[::-1])
print(s[slice(2, 6)], s[slice(None, None, -2)], L[slice(3)])
sl = slice(1, 10, 3)
print(sl, sl.start, sl.stop, sl.step)
print(slice(5), slice(None), repr(slice(1, 2, None)))
print(sl.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(L[sl], s[sl])
print(b"bytes"[1:4], bytearray(b"xyz")[::-1])
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:4])
M = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(M[1][::-1], M[::-1][0], [r[1] for r in M[1:]])
print(s[-1:-11:-1] == s[::-1])
print(s[3:3], L[7:3], L[-2:])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(len(L[::3]), len(s[1:-1]))
