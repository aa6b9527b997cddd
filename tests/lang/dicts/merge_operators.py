# | and |= on dicts
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
c |= {}
print(c == (a | b | {"w": 0}))
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 1
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **b}, {**b, **a}, {**a, "y": "override"}, {"y": "first", **a})
print(dict(a, **b), {} | {}, {1: 1} | {1.0: 2}, {1.0: 2} | {1: 1})
layered = {}
for layer in [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]:
    layered = layered | layer
print(layered)
