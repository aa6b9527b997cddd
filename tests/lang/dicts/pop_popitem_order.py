# popitem is LIFO; pop keeps the order of the rest
d = {k: ord(k) for k in "abcdef"}
print(d.popitem(), d.popitem(), d)
d["z"] = 0
print(d.popitem(), d)
print(d.pop("b"), d)
d["b"] = 1
print(list(d), d.popitem())
d2 = {}
for i in range(5):
    d2[i] = i
while d2:
    k, v = d2.popitem()
    print("popped", k, v, "left", len(d2))
d3 = dict.fromkeys(range(3), "v")
del d3[1]
d3[1] = "back"
print(d3, list(d3.keys()), next(iter(d3)), list(reversed(d3)))
