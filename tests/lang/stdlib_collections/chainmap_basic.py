from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm["color"], cm["user"], cm["debug"], len(cm), list(cm), sorted(cm.items()))
print("user" in cm, "nope" in cm, cm.get("nope"), cm.get("color", "x"), bool(ChainMap()))
cm["color"] = "blue"
print(cli, cm["color"])
del cm["color"]
print(cm["color"])
child = cm.new_child({"user": "child"})
print(child["user"], child.parents["user"], child.maps[0])
kw_child = cm.new_child(extra=1)
print(kw_child.maps[0], len(kw_child.maps))
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3})), dict(ChainMap({"a": 1}, {"b": 2, "a": 3})))
print(ChainMap(), ChainMap.fromkeys("ab", 0))
c2 = cm.copy()
c2["new"] = 1
print("new" in cm, "new" in c2)
print(cm.pop("debug"), cli)
cli["k"] = "v"
print(cm.popitem(), cli)
print(cm | {"z": 26})
print({"q": 1} | ChainMap({"r": 2}))
cm |= {"merged": True}
print(cm.maps[0])
print(cm.keys(), cm.setdefault("sd", 5), cm.maps[0])
cm.update(up=1)
print(cm.maps[0], cm == ChainMap(dict(cm)))
cm.clear()
print(cm.maps[0], len(cm))

scopes = ChainMap()
scopes["x"] = 1
inner = scopes.new_child()
inner["x"] = 2
inner["y"] = 3
print(inner["x"], scopes["x"], inner.parents is not None, sorted(inner))


def attempt(label, f):
    try:
        f()
    except KeyError as e:
        print(label, "KeyError", e)


attempt("get", lambda: ChainMap({})["x"])
attempt("pop", lambda: ChainMap({}, {"x": 1}).pop("x"))
attempt("popitem", lambda: ChainMap({}, {"x": 1}).popitem())


def delete():
    del ChainMap({}, {"x": 1})["x"]


attempt("del", delete)
