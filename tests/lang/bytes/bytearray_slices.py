# bytearray slice assignment and in-place growth
ba = bytearray(b"0123456789")
ba[2:5] = b"abc"
print(ba)
ba[2:5] = b"XY"
print(ba)
ba[::3] = b"_" * len(ba[::3])
print(ba)
del ba[::2]
print(ba)
ba[0:0] = b"start-"
ba[len(ba):] = b"-end"
print(ba)
ba[1:3] = bytearray(b"ZZZZ")
print(ba, len(ba))
ba[:] = b""
print(ba, len(ba))
ba.extend(range(97, 102))
ba[1:4] = [66, 67, 68]
print(ba)
ba *= 2
print(ba, ba.count(b"a"), ba.find(b"e", 5))
try:
    ba[0:2] = [1, 300]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0:2] = "str"
except TypeError as e:
    print(type(e).__name__, e)
view = ba[2:6]
view[0] = 33
print(ba[2], view)
