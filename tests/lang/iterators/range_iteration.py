# Iterating ranges and sequences by index
r = range(3, 20, 4)
print([x for x in r], [r[i] for i in range(len(r))])
it = iter(r)
print(next(it), next(it), list(it))
for i in range(len("abc") - 1, -1, -1):
    print(i, "abc"[i])
ri = reversed(range(0, 10, 3))
print(list(ri))
big = iter(range(10 ** 12, 10 ** 12 + 3))
print(list(big))
neg = range(-1, -10, -4)
print(list(neg), len(neg), neg[-1], list(reversed(neg)))
print(sum([i for i in range(1000) if i % 7 == 0]))
count = 0
for _ in range(100000):
    count += 1
print(count)
print([i for i in range(0)], [i for i in range(5, 0)], list(range(0, 1, 5)))
