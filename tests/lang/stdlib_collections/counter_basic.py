from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c["a"], c["z"], "z" in c, len(c), c.total())
print(sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
c.update(x=3)
print(c)
c.subtract("aaaa")
c.subtract({"x": 5})
print(c)
del c["nothere"]
del c["z"]
print(c)

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=7, q=1)
print(x)
x &= Counter(a=2, q=3)
print(x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=3) > Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1})
print(Counter(), Counter({}), Counter(cat=2, dog=2, ant=2, bee=3))
print(Counter({1: "x", 2: 3}))
print(Counter([1, 1, 2.5, (1, 2), (1, 2), None]))
words = "it was the best of times it was the worst of times".split()
wc = Counter(words)
for word, n in wc.most_common(3):
    print(f"{word:>6} {n}")
print(sorted(wc), list(wc))
copied = wc.copy()
copied["it"] = 100
print(wc["it"], copied["it"], type(copied).__name__)
print(dict(Counter("hello")))


class Inventory(Counter):
    pass


inv = Inventory(apple=2)
inv["pear"] += 1
print(inv, inv + Counter(apple=1))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
Counter(a=1) + 3
