# islice: arguments, laziness, and how much of the source it consumes.
from itertools import count, islice

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", 1, 6, 3)))
print(list(islice("ABC", 10)), list(islice("ABC", 5, 10)), list(islice("ABC", 0)))
print(list(islice(count(), 5, 50, 10)))
print(list(islice(range(100), None, 10, None)))

class Bound:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(list(islice(range(20), Bound(2), Bound(12), Bound(4))))

# islice stops without reading the element after its stop.
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 1, 6, 2)), next(src))
src = iter(range(10))
print(list(islice(src, 0, 5, 2)), next(src))
src = iter(range(3))
print(list(islice(src, 5, 8)), next(src, "empty"))

# Chunking a shared iterator.
data = iter(range(11))
chunks = []
while True:
    chunk = list(islice(data, 4))
    if not chunk:
        break
    chunks.append(chunk)
print(chunks)

def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

s = islice(noisy(10), 2, 5)
print("created")
print(next(s))
print(list(s))
print(list(s))

for bad in [(-1,), (-2,), (1, -2), (-3, 2), ("x", -1), ("x", 1), (0, 1, 0), ("x",), (1.0,), (None, 3, -1), (0, 2**64), (2**64, 1), (1, 2, 2**64), (0, 1, "s")]:
    try:
        islice([], *bad)
    except ValueError as e:
        print(bad, e)
