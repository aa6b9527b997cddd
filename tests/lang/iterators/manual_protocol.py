# Using __iter__ and __next__ directly on builtin objects
it = [1, 2, 3].__iter__()
print(it.__next__(), it.__next__(), it.__next__())
try:
    it.__next__()
except StopIteration:
    print("StopIteration from __next__")
s = "hey".__iter__()
print([s.__next__() for _ in range(3)])
r = range(3).__iter__()
print(next(r), r.__next__(), list(r))
d = {"k": 1, "j": 2}.__iter__()
print(next(d), next(d))
print(iter(it) is it, it.__iter__() is it)
m = map(int, ["1", "2"])
print(m.__next__(), m.__iter__() is m, list(m))
total = 0
i = iter([5, 10, 15])
while True:
    try:
        total += next(i)
    except StopIteration:
        break
print(total)
