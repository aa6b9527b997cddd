# Float accumulation, comparisons and ordering
total = 0.0
for i in range(1000):
    total += 0.001
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
x = 1.0
n = 0
while 1.0 + x != 1.0:
    x /= 2
    n += 1
print("epsilon steps", n, x * 2)
small = 1.0
k = 0
while small > 0:
    small /= 2
    k += 1
print("underflow after", k)
vals = [3.5, -1.25, float("inf"), 0.0, -0.0, 1e-300, -float("inf"), 2.0]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(max(vals), min(vals))
print(0.1 < 0.2 < 0.30000000000000004, 0.1 + 0.2 > 0.3)
h = 1.0
for _ in range(60):
    h *= 1.5
print(h)
acc = 1.0
for i in range(1, 30):
    acc = acc * i / (i + 0.5)
print(acc)
print([1.0 / (2 ** i) for i in range(0, 60, 10)])
a = 0.0
for i in range(1, 101):
    a += 1.0 / (i * i)
print(a)
