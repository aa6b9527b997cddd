# iter and next with default
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ["a", "b", "", "c"]
pos = [0]
def read():
    pos[0] += 1
    return lines[pos[0] - 1]
print(list(iter(read, "")))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
i1 = iter([1, 2, 3])
i2 = iter(i1)
print(i1 is i2, next(i2), next(i1), list(i1))
print(type(iter([])).__name__, type(iter("")).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter({})).__name__)
