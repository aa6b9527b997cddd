# Views reflect later changes and support len/in/iteration/reversed
d = {"a": 1}
keys = d.keys()
vals = d.values()
items = d.items()
print(list(keys), list(vals), list(items), len(keys))
d["b"] = 2
d["c"] = 3
print(list(keys), list(vals), list(items), len(items))
del d["a"]
print(keys, vals, items)
print("b" in keys, 3 in vals, ("c", 3) in items, ("c", 4) in items, ["c", 3] in items if False else None)
print(sorted(keys | ["x"]), sorted(items | {("q", 9)}), keys - {"b"}, keys & {"c"})
print(list(reversed(keys)), list(reversed(items)))
d.clear()
print(keys, vals, items, len(vals), bool(keys))
e = {1: "x", 2: "y"}
print(e.keys() == {1, 2}, e.items() == {(1, "x"), (2, "y")}, e.values() == e.values())
print(isinstance(e.keys(), type({}.keys())), list(map(str, e.values())))
