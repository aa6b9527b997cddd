# A storm of mixed short-lived objects: tuples, dicts, strings, floats, big ints, closures
acc = 0
for i in range(400000):
    t = (i, str(i), float(i) / 3, [i] * 2, {"k": i})
    big = (i + 1) ** 5 * 10 ** 20
    g = (lambda v: lambda: v + 1)(i)
    acc = (acc + len(t[1]) + int(t[2]) + t[3][1] + t[4]["k"] + big % 97 + g()) % 1000000007
print(acc)
keep = []
for i in range(100000):
    keep.append((i, [i]))
    if len(keep) >= 64:
        keep = keep[32:]
print(len(keep), keep[0], keep[-1])
