# Changing a dict while iterating raises RuntimeError
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print("value changes are fine:", d)
for k in list(d):
    if k % 2:
        del d[k]
print("iterate over a copy:", d)
d = {"a": 1}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
for k in d:
    d.pop(k)
    d[k] = 2
    break
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
