# Short-lived tuples and dicts in a tight loop
acc = 0
for i in range(500000):
    t = (i, i * 2, (i, i))
    d = {"a": t[0], "b": t[1]}
    acc += d["b"] - d["a"] + t[2][1]
print(acc)
counts = {}
for i in range(300000):
    key = (i % 7, i % 11)
    counts[key] = counts.get(key, 0) + 1
print(len(counts), counts[(0, 0)], counts[(6, 10)])
last = None
for i in range(200000):
    last = {i: (i,), i + 1: [i]}
print(last)
