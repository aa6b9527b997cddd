from collections import ChainMap

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], cm.get("z"), cm.get("z", 0), len(cm), sorted(cm))
print(list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print(repr(cm), cm.maps[0] is over, bool(cm), bool(ChainMap({})), bool(ChainMap()))
cm["d"] = 4
print(over, base, "d" in cm, "a" in cm, "zz" in cm)
del cm["b"]
print(over, cm["b"], base)
child = cm.new_child()
child["a"] = 100
print(child["a"], cm["a"], child.maps[0], len(child.maps), child.parents == cm)
child2 = cm.new_child({"x": 1})
print(child2.maps[0], child2["x"], child2.parents.maps == cm.maps)
kw = ChainMap().new_child(m={"q": 1})
print(kw, ChainMap().maps)
print(cm.pop("d"), cm.pop("missing", "dflt"), over)
print(cm | {"n": 1}, {"n": 1} | cm, type({"n": 1} | cm).__name__)
cp = cm.copy()
cp["new"] = 0
print(cp.maps[0] is not over, "new" in over, cp.maps[1] is base)
cm |= {"e": 5}
print(cm.maps[0], cm.maps[1] is base)
print(dict(ChainMap({"k": 1}, {"k": 2, "j": 3})), ChainMap.fromkeys("ab", 9))
print(cm.setdefault("c", -1), cm.setdefault("f", 6), cm.maps[0])
cm.update(g=7)
print(sorted(cm.maps[0].items()))
cm2 = ChainMap({}, {"only": 1})
print(cm2.popitem.__name__, cm2 == {"only": 1}, cm2 == ChainMap({"only": 1}), cm2.parents)
cm2.clear()
print(cm2, cm2["only"])
import collections
class DeepChainMap(ChainMap):
    def __missing__(self, key):
        return "missing:" + key
dc = DeepChainMap({"a": 1})
print(dc["a"], dc["b"], dc.get("b"), "b" in dc)
import itertools
order = ChainMap({"z": 1, "y": 2}, {"x": 3, "y": 4}, {"w": 5})
print(list(order), list(itertools.islice(order.items(), 2)))

show("getitem missing", lambda: ChainMap({})["k"])
show("del deeper", lambda: ChainMap({}, {"k": 1}).__delitem__("k"))
show("pop deeper", lambda: ChainMap({}, {"k": 1}).pop("k"))
show("popitem empty", lambda: ChainMap({}, {"k": 1}).popitem())
show("or int", lambda: ChainMap() | 1)
show("unhashable", lambda: ChainMap({})[[1]])
show("new_child list", lambda: ChainMap().new_child([1]).maps)
