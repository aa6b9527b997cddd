# tee: independent iterators over one source, sharing a buffer.
from itertools import islice, tee
import copy

a, b = tee(range(5))
print(list(a), list(b))

a, b, c = tee("abcdef", 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))

print(tee([1, 2], 0), len(tee([1, 2], 1)))
(only,) = tee("xy", 1)
print(list(only))

def counter():
    for i in range(4):
        print("pull", i)
        yield i

x, y = tee(counter())
print(next(x), next(x))
print(next(y), next(y), next(y))
print(list(x), list(y))

# tee of a tee iterator copies it: the copies start where it stands.
a, b = tee(iter("12345"))
next(a)
c, d = tee(a)
print(list(c), list(d), list(b))
e = copy.copy(b)
print(list(e))

it = iter(range(10))
left, right = tee(it)
pairs = zip(left, islice(right, 1, None))
print(list(pairs))

def window(seq, n):
    iters = tee(seq, n)
    for i, each in enumerate(iters):
        for _ in range(i):
            next(each, None)
    return zip(*iters)

print(list(window("abcdefg", 3)))
print(type(tee([])[0]).__name__, iter(x) is x)
