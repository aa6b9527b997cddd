# bytes indexing gives ints, slicing gives bytes
b = b"Hello\x00\xff"
print(b[0], b[-1], b[5], type(b[0]).__name__, len(b))
print(b[1:4], b[::-1], b[::2], b[-3:], b[10:], type(b[1:2]).__name__)
ba = bytearray(b)
print(ba[0], ba[-2], ba[1:3], type(ba[1:3]).__name__, ba[::-1])
print(list(b), [x for x in b"abc"], b"abc"[1:2] == b"b", b"abc"[1] == 98)
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ba[20]
except IndexError as e:
    print(type(e).__name__, e)
print(98 in b"abc", b"bc" in b"abc", b"" in b"x", b"x" in bytearray(b"xyz"))
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
for i, x in enumerate(b"hi!"):
    print(i, x, chr(x))
print(b"abc" + b"def", b"ab" * 3, 2 * bytearray(b"xy"), b"abc" + bytearray(b"d"), bytearray(b"a") + b"b")
