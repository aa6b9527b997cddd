# One million small reference cycles become garbage; needs a cycle collector to stay bounded
n = 0
for i in range(1000000):
    a = [i]
    b = [a]
    a.append(b)
    n += a[0] & 1
print(n)
for i in range(300000):
    d = {"i": i}
    d["me"] = d
print(d["me"]["me"]["i"])
for i in range(300000):
    f = lambda: f
print(f() is f)
