import itertools as it
import math

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

pool = "abcde"
for r in range(0, 7):
    c = sum(1 for _ in it.combinations(pool, r))
    p = sum(1 for _ in it.permutations(pool, r))
    w = sum(1 for _ in it.combinations_with_replacement(pool, r))
    print(r, c, math.comb(5, r), p, math.perm(5, r), w, math.comb(5 + r - 1, r))
for rep in range(4):
    print(rep, sum(1 for _ in it.product("xy", "abc", repeat=rep)), 6 ** rep)
print(list(it.permutations(range(3))))
print(list(it.permutations("ab", None)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement([1, 2], 3)))
print(list(it.product([1, 2], repeat=3))[:5], list(it.product()), list(it.product([])))
print(list(it.product("ab", range(2), [None])))
# order and identity: tuples are fresh, input order respected
print(list(it.combinations([3, 1, 2], 2)), list(it.permutations([2, 1], 2)))
dupes = list(it.permutations("aab", 2))
print(dupes, len(set(dupes)))
print([("".join(t)) for t in it.combinations_with_replacement("ba", 2)])
print(next(it.permutations(iter([5, 6, 7]), 2)), next(it.combinations(iter(range(10)), 4)))
gen = (x * x for x in range(4))
print(list(it.combinations(gen, 2)), list(gen))
print(list(it.product(iter([1, 2]), iter("ab"))))
print(sorted(map("".join, it.permutations("cab"))) == sorted(set(map("".join, it.permutations("abc")))))
total = 0
for a, b, c in it.product(range(1, 21), repeat=3):
    if a < b and a * a + b * b == c * c:
        total += 1
print("pythagorean", total)
subsets = [s for r in range(4) for s in it.combinations("xyz", r)]
print(len(subsets), subsets)
show("product repeat str", lambda: it.product("a", repeat="2"))
show("permutations float r", lambda: it.permutations("ab", 1.0))
show("cwr missing r", lambda: it.combinations_with_replacement("ab"))
show("combinations str r", lambda: it.combinations("ab", "1"))
show("product kw", lambda: it.product("a", times=2))
show("product none", lambda: list(it.product(None)))
show("permutations none", lambda: it.permutations(None))
