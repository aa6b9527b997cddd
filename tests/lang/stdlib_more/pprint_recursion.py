import pprint

a = [1, 2]
a.append(a)
d = {"self": None, "list": a}
d["self"] = d


def show(text, *objs):
    for o in objs:
        text = text.replace(str(id(o)), "ID")
    print(text)


show(pprint.pformat(a), a)
show(pprint.pformat(d), d, a)
show(pprint.pformat(d, width=20), d, a)
show(pprint.saferepr(d), d, a)
print(pprint.isrecursive(a), pprint.isrecursive([1, [2]]))
print(pprint.isreadable([1, "x", (2.5, None)]), pprint.isreadable(a), pprint.isreadable(object()))
print(pprint.saferepr({"b": 2, "a": [1, {"c": 3}]}))
print(pprint.saferepr("plain"), pprint.saferepr(10 ** 30))
p = pprint.PrettyPrinter(depth=1)
print(p.pformat([1, [2, [3]], {"a": 1}]), p.isreadable([1, [2]]), p.isrecursive(a))
print(p.isreadable([1, 2]))
shared = [1, 2]
print(pprint.pformat([shared, shared, {"x": shared}]))
t = (a, a)
show(pprint.pformat(t, width=15), a)
