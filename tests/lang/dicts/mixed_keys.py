# Keys of mixed types, hash collapsing, unhashable keys
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "zero float"
print(d)
d2 = {1.0: "float first"}
d2[1] = "int second"
print(d2)
mixed = {None: 0, "1": 1, (1,): 2, 2.5: 3, -1: 4, b"1": 5, frozenset([1]): 6, 1j: 7}
print(mixed)
print(mixed[None], mixed[(1,)], mixed[frozenset({1})], mixed[1j], "1" in mixed, 1 in mixed)
for bad in [[1], {1: 2}, {1}]:
    try:
        mixed[bad] = 0
    except TypeError as e:
        print(type(e).__name__, e)
try:
    mixed[[1]]
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.5), hash(-0.0), hash(0.0), hash((1, 2.0)) == hash((1.0, 2)))
n = float("nan")
dn = {n: 1}
dn[n] = 2
dn[float("nan")] = 3
print(len(dn), dn[n])
