from collections import OrderedDict

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b"); print(list(od))
od.move_to_end("e", last=False); print(list(od))
od.move_to_end("e", False); od.move_to_end("d", True); print(list(od))
print(od.popitem(), od.popitem(last=False), od.popitem(False), list(od))
od["z"] = 1; od["c"] = 5; print(od)
a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
print(a == b, dict(a) == dict(b), a == dict(b), dict(b) == a, a != b)
print(list(reversed(a)), list(reversed(a.items())), list(reversed(a.values())), list(reversed(a.keys())))
print(a | {3: "z", 1: "X"}, {0: "w"} | a, type({0: 1} | a).__name__)
c = a.copy(); c |= [(9, "n")]; print(c, type(c).__name__)
print(a.setdefault(5, "five"), a.setdefault(1, "no"), list(a))
print(a.pop(2), a.pop(42, "dflt"), a)
a.update([(0, "zero")], k="kw"); print(a)
del a[1]; print(a, len(a), 5 in a)
print(repr(OrderedDict()), repr(OrderedDict(x=1)), str(OrderedDict([("k", [1])])))
e = OrderedDict(); e["b"] = 1; e["a"] = 2; e["b"] = 3
print(list(e.items()), e.get("zz"), list(e.keys()) == ["b", "a"])
print(OrderedDict(sorted({"p": 3, "q": 1, "r": 2}.items(), key=lambda kv: kv[1])))
lru = OrderedDict()
for key in "abcabdea":
    if key in lru:
        lru.move_to_end(key)
    lru[key] = lru.get(key, 0) + 1
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)
x = OrderedDict(a=1)
print(x.keys() == {"a"}, x.items() | {("b", 2)} == {("a", 1), ("b", 2)}, x == {"a": 1})
x.clear(); print(x, bool(x))

show("move missing", lambda: OrderedDict().move_to_end("q"))
show("popitem empty", lambda: OrderedDict().popitem())
show("popitem empty first", lambda: OrderedDict().popitem(last=False))
show("pop missing", lambda: OrderedDict(a=1).pop("b"))
show("getitem missing", lambda: OrderedDict()["k"])
show("del missing", lambda: OrderedDict().__delitem__("k"))
show("or list", lambda: OrderedDict() | [])
show("unhashable", lambda: OrderedDict([([1], 2)]))
show("bad items", lambda: OrderedDict([1, 2]))
show("bad pair", lambda: OrderedDict([(1, 2, 3)]))
show("two positional", lambda: OrderedDict({}, {}))
