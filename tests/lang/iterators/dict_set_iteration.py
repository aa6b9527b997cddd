# Iteration over dicts and int sets
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for v in d.values():
    print(v, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print([k for k in reversed(d)], list(reversed(d.items())))
s = {3, 1, 2}
print([x for x in s], sorted(s))
total = 0
for x in frozenset([5, 6]):
    total += x
print(total)
keys = iter(d.keys())
print(next(keys))
d2 = {}
for i, ch in enumerate("hello"):
    d2.setdefault(ch, []).append(i)
print(d2)
nested = {"a": {"x": 1}, "b": {"y": 2}}
for outer, inner in nested.items():
    for k, v in inner.items():
        print(outer, k, v)
