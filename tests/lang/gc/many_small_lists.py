# Allocate and drop millions of small lists; only a few live at a time
total = 0
for i in range(1000000):
    tmp = [i, i + 1, i + 2]
    total += tmp[2] - tmp[0]
print(total)
keep = None
for i in range(300000):
    keep = [keep, i] if i % 1000 else [None, i]
print(keep[1], keep[0][1])
chunks = 0
for i in range(2000):
    block = [[j] for j in range(200)]
    chunks += len(block)
print(chunks)
