# Assignment targets: subscripts, slices, attributes, evaluation order
order = []
def key(k):
    order.append(("key", k))
    return k
def val(v):
    order.append(("val", v))
    return v
d = {}
d[key("a")] = val(1)
print(d, order)
order.clear()
L = [0, 0, 0]
L[key(0)], L[key(1)] = val(10), val(20)
print(L, order)
def fn():
    pass
fn.attr = 5
fn.attr += 1
print(fn.attr)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = [1, 2, 3]
i = 0
i, x[i] = 1, "changed"
print(i, x)
m = [[0, 0], [0, 0]]
m[0][1] = m[1][0] = 7
print(m)
s = list("abcdef")
s[1:3], s[4] = ["X"], "Y"
print(s)
first, second = second, first = "ab" if False else ("p", "q")
print(first, second)
t = (1, 2)
n1, n2 = t
n1, n2 = n2, n1
print(n1, n2)
counts = {}
for w in "a b a".split():
    counts[w] = counts[w] + 1 if w in counts else 1
print(counts)
