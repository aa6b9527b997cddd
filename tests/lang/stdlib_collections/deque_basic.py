from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), bool(d))
print(d[0], d[1], d[-1], d[-3])
d.extend([3, 4, 5])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
d[0] = "A"
d[-1] = 99
print(d)
del d[1]
print(d)
d.rotate(2)
print("rotate 2:", d)
d.rotate(-3)
print("rotate -3:", d)
d.rotate()
print("rotate:", d)
d.rotate(0)
print(d)
d.reverse()
print("reversed:", d, list(reversed(d)))
print(d.count(99), d.count("zzz"), d.index(99), 3 in d, "q" in d)
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d.remove("ins")
print(d)
c = d.copy()
c.append("copy")
print(d == c, d != c, c)
d.clear()
print(d, len(d))

# Many operations around the ring buffer's wrap point.
r = deque()
for i in range(50):
    r.append(i)
    if i % 3 == 0:
        r.popleft()
    if i % 7 == 0:
        r.appendleft(-i)
print(list(r))
print(sum(r), len(r), r[10], r[-10])
r.rotate(17)
print(list(r)[:10])

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(-1)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30, 31])
print(m)
z = deque([1, 2, 3], maxlen=0)
z.append(4)
print(z, deque("abc").maxlen)

# operators
a = deque([1, 2])
b = deque([3])
print(a + b, a * 2, 2 * b, a * 0)
a += [7, 8]
print(a)
a *= 2
print(a)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) >= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) == [1, 2], deque() == deque())
print(deque([1, 2, 3], maxlen=2) * 2)

# iteration
it = deque("xyz")
print([ch.upper() for ch in it], list(enumerate(it)))
print(repr(deque([deque([1]), "s", 2.5, None])))

# a deque that contains itself
s = deque([1])
s.append(s)
print(s)


class Queue(deque):
    pass


q = Queue([1, 2], maxlen=5)
print(q, type(q.copy()).__name__, q.copy())
print(deque[int])
