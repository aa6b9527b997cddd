# dict repr, str, equality and truthiness
print({}, {"a": 1}, {1: "a", "b": [1, 2], (1, 2): {"n": None}})
print(repr({"q'": 'd"', "t\t": "\n"}), str({1.5: -0.0, 2: float("inf")}))
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {} == {}, {"a": 1} == [("a", 1)])
try:
    {"a": 1} < {"a": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(bool({}), bool({0: 0}), len({1: 2, 3: 4}), dict() == {})
d = {"self": None}
d["self"] = d
print(d)
e = {"x": []}
e["x"].append(e)
print(e)
print(str(dict(a=1)), repr(dict(b=[])), "{}".format({"k": "v"}), f"{ {'f': 1} }")
print(list({"b": 1, "a": 2}.items()), tuple({"z": 0}), [*{"m": 1, "n": 2}])
