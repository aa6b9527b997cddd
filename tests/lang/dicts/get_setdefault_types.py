# get/setdefault with keys of many types and default values
d = {}
print(d.setdefault(1, []), d.setdefault(1.0, "ignored"), d.setdefault(True, "ignored too"), d)
d.setdefault((1, 2), {}).setdefault("inner", []).append(5)
d.setdefault((1, 2), {})["inner"].append(6)
print(d)
print(d.get(1), d.get(2), d.get(2, 0), d.get((1, 2))["inner"], d.get(None, "none-default"))
try:
    d.get([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault({}, 1)
except TypeError as e:
    print(type(e).__name__, e)
grid = {}
for x in range(3):
    for y in range(2):
        grid.setdefault(x, {})[y] = x * 10 + y
print(grid)
index = {}
for pos, word in enumerate("to be or not to be".split()):
    index.setdefault(word, []).append(pos)
print(index, index.get("be"), index.get("xyz", []))
