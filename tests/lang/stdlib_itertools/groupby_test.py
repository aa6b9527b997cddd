# groupby: keys, key functions, and groups that end once the outer iterator moves on.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print(list(groupby([])))

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))

for length, group in groupby(words, len):
    print(length, list(group))

# Groups kept for later are empty: the shared iterator has moved past them.
groups = [g for k, g in groupby("aaabbc")]
print([list(g) for g in groups])

# Partially consumed group: the outer iterator skips the rest.
it = groupby("xxxyyyzz")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g2), list(g1))
print([k for k, _ in it])

# Keys compare with ==: 1 and 1.0 and True fall in one group.
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])

records = [
    {"dept": "eng", "name": "ann", "salary": 120},
    {"dept": "eng", "name": "bob", "salary": 100},
    {"dept": "ops", "name": "cid", "salary": 90},
    {"dept": "sales", "name": "dee", "salary": 80},
    {"dept": "sales", "name": "eve", "salary": 85},
]
for dept, members in groupby(records, key=lambda r: r["dept"]):
    members = list(members)
    total = sum(m["salary"] for m in members)
    print(f"{dept:6} {len(members)} {total:5} {[m['name'] for m in members]}")

# Run-length encoding and decoding.
def rle(text):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(text))

encoded = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print(encoded)

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v // 10 == other.v // 10

print([(k.v, [x.v for x in g]) for k, g in groupby([Key(1), Key(5), Key(12), Key(19), Key(3)])])

def failing_key(x):
    if x == 3:
        raise ValueError("bad key 3")
    return x % 2

try:
    for k, g in groupby([1, 3, 5], failing_key):
        print(k, list(g))
except ValueError as e:
    print("ValueError:", e)

g = groupby("ab")
print(iter(g) is g, type(g).__name__)
k, grp = next(g)
print(iter(grp) is grp, type(grp).__name__)
