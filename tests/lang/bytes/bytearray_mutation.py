# bytearray mutation methods
ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([46, 46])
print(ba, len(ba))
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = b"<<"
print(ba)
del ba[0]
del ba[-3:]
print(ba)
ba.reverse()
print(ba)
ba2 = ba.copy()
ba2.clear()
print(ba2, ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
ba += b"++"
ba *= 2
print(ba)
for bad in [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.__setitem__(0, 300), lambda: ba.remove(200), lambda: bytearray().pop()]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
b2 = bytearray(3)
b2[1] = 255
print(b2, bytearray([1, 2, 3]), bytearray("tü", "utf-8"), bytearray(range(65, 70)))
alias = ba
alias[0] = 65
print(ba[0], ba is alias)
