# Dicts preserve insertion order
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["alpha"] = 100
print(d)
del d["zeta"]
d["zeta"] = 0
print(d)
d2 = dict(b=1, a=2, c=3)
print(d2, dict([("x", 1), ("y", 2)]), dict(zip("cab", range(3))), dict({"k": 1}, extra=2))
d3 = {3: "c", 1: "a", 2: "b"}
print(d3, sorted(d3), list(reversed(d3)), list(reversed(d3.items())))
print({1: "a", 1.0: "b", True: "c"}, {0: 0, False: 1, 0.0: 2, 0j: 3})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
d4 = dict.fromkeys("hello")
print(d4, dict.fromkeys([1, 2], 0), dict.fromkeys([]))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
big[0] = "back"
print(list(big)[-1], big[0])
