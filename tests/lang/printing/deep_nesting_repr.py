# repr of deeply nested lists, tuples and dicts
x = []
for i in range(50):
    x = [x, i]
s = repr(x)
print(len(s), s[:60], s[-60:])
t = ()
for i in range(30):
    t = (t,)
print(t)
d = {}
cur = d
for i in range(20):
    cur["k"] = {}
    cur = cur["k"]
print(d)
m = [[[[i, j] for j in range(2)] for i in range(2)]]
print(m, str(m) == repr(m))
deep = [1]
for _ in range(200):
    deep = [deep]
r = repr(deep)
print(len(r), r.count("["), r.count("]"))
