import pprint

data = {
    "name": "widget",
    "tags": ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
    "dims": {"width": 12.5, "height": 3, "depth": (1, 2, 3), "nested": {"a": [1, 2, {"b": None}]}},
    "flags": {True, False},
    "empty": [[], {}, (), set(), ""],
    "single": (42,),
    "counts": list(range(30)),
}
pprint.pprint(data)
print("---")
pprint.pprint(data, width=40)
print("---")
pprint.pprint(data, width=60, indent=4)
print("---")
print(pprint.pformat(data, depth=2))
print("---")
pprint.pprint(data, compact=True, width=50)
print("---")
pprint.pprint(data, sort_dicts=False, width=70)
print("---")
pprint.pp({"z": 1, "a": [1, 2, 3] * 10, "m": "x"})
print("---")
nested = [[[[["deep"] * 3] * 2] * 2] * 2]
pprint.pprint(nested, width=30)
pprint.pprint(nested, depth=3)
print(pprint.pformat((1,), width=1))
print(pprint.pformat([(1, 2), (3,), frozenset({3, 1, 2})], width=10))
print(pprint.pformat({(1, 2): "pair", 3: "three", "k": 0, None: 1}, width=20))
