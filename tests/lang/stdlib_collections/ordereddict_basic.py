from collections import OrderedDict

od = OrderedDict()
print(od)
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
print(od)
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(od.pop("x"), od.pop("missing", "default"), od.setdefault("w", 0), od)

p = OrderedDict([("a", 1), ("b", 2)])
q = OrderedDict([("b", 2), ("a", 1)])
print(p == q, p != q, p == dict(q), dict(p) == q, p == OrderedDict(p))
print(OrderedDict.fromkeys("abc", 0))
print(p | {"c": 3}, {"z": 0} | p)
p |= q
print(p, p.copy(), type(p.copy()).__name__)
print("b" in od.keys(), ("a", 1) in p.items(), 2 in p.values(), len(p.keys()))
print(p.keys() & {"a", "q"}, p.keys() - {"a"})

r = OrderedDict(one=1)
r["self"] = r
print(r)

for key in ["m", "n", "o"]:
    r[key] = len(key)
r.move_to_end("one")
print(list(r.keys()))


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated()
lu["a"] = 1
lu["b"] = 2
lu["a"] = 3
print(lu)

try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError", e)
print(OrderedDict[str, int])
