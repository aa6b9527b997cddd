# Many inserts and deletes keep order and counts right
d = {}
for i in range(20000):
    d[i * 7 % 20000] = i
print(len(d), d[0], d[7], d[19993], list(d)[:5])
for i in range(0, 20000, 3):
    del d[i]
print(len(d), list(d)[:5], sum(d.values()) % 1000003)
for i in range(0, 20000, 3):
    d[i] = -i
print(len(d), list(d)[-3:], d[3])
keys = list(d)
print(keys == sorted(keys), keys[:3])
s = {}
for w in ["k" + str(i % 500) for i in range(10000)]:
    s[w] = s.get(w, 0) + 1
print(len(s), s["k0"], s["k499"], list(s)[:3])
d.clear()
print(d, len(d))
