# copy.copy and copy.deepcopy on built-in containers and atomic values.
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6]), "s"]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1])
nested[1].append(99)
nested[2]["k"].append(100)
nested[3][1].append(101)
print(nested)
print(shallow)
print(deep)

d = {"a": [1], "b": {"c": {1, 2}}}
dc, dd = copy.copy(d), copy.deepcopy(d)
d["a"].append(2)
d["b"]["c"].add(3)
print(dc, dd["a"], sorted(dd["b"]["c"]))

s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s) is s)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
ba = bytearray(b"abc")
bc = copy.copy(ba)
bc[0] = 65
print(ba, bc, copy.deepcopy(ba) == ba, copy.deepcopy(ba) is ba)

def func():
    pass

for value in [None, 1, 2 ** 100, 1.5, 2j, True, "text", b"bytes", (1, 2), (), range(3), len, func, int, ..., NotImplemented, slice(1, 2)]:
    label = "func" if value is func else repr(value)
    print(label, copy.copy(value) is value, copy.deepcopy(value) is value)

t = (1, [2])
t2 = copy.deepcopy(t)
print(t2 == t, t2 is t, t2[1] is t[1])
t3 = (1, "a", (2, 3))
print(copy.deepcopy(t3) is t3)

# Shared references stay shared; cycles are preserved.
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
loop = [1, 2]
loop.append(loop)
lc = copy.deepcopy(loop)
print(lc[2] is lc, lc[2] is loop, lc[:2])
selfdict = {}
selfdict["me"] = selfdict
sdc = copy.deepcopy(selfdict)
print(sdc["me"] is sdc, sdc is selfdict)

memo = {}
a = [1, 2]
first = copy.deepcopy(a, memo)
second = copy.deepcopy(a, memo)
print(first is second, first is a, id(a) in memo)

matrix = [[0] * 3 for _ in range(3)]
grid = copy.deepcopy(matrix)
grid[0][0] = 1
print(matrix[0], grid[0])
gen = (x for x in range(3))
for fn in (copy.copy, copy.deepcopy):
    try:
        fn(gen)
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
