# Loop variables, modification during iteration, range evaluation
L = [1, 2, 3]
for x in L:
    x *= 10
print(L)
for i in range(len(L)):
    L[i] *= 10
print(L)
n = 3
for i in range(n):
    n = 100
    print("range fixed", i)
items = [1, 2, 3]
out = []
for v in items:
    out.append(v)
    if len(items) < 6:
        items.append(v * 10)
print(out, items)
nums = list(range(8))
for v in nums:
    if v % 2 == 0:
        nums.remove(v)
print(nums)
for i in range(3):
    pass
print("i after loop", i)
for i in []:
    pass
print("i unchanged", i)
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for [p, q] in ["xy", "zw"]:
    print(p + q)
d = {}
for d['key'] in range(3):
    pass
print(d)
seq = [0, 0, 0]
for idx, seq[idx] in enumerate([7, 8, 9]):
    pass
print(seq)
i = 0
while i < 3:
    i += 1
    for j in range(i):
        pass
print(i, j)
