# Containers that grow large and shrink repeatedly
for round_ in range(5):
    L = [[i] for i in range(200000)]
    total = 0
    for item in L:
        total += item[0]
    del L
    print(round_, total)
d = {}
for r in range(4):
    for i in range(100000):
        d[i] = str(i)
    for i in range(100000):
        del d[i]
    print(r, len(d))
s = set()
for r in range(3):
    s.update(range(100000))
    s.clear()
print(len(s))
ba = bytearray()
for r in range(3):
    ba.extend(b"x" * 100000)
    del ba[:]
print(len(ba))
