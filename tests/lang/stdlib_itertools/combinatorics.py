# product, permutations, combinations and combinations_with_replacement.
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [0], repeat=2)))
print(list(product()), list(product([])), list(product("ab", [])))
print(list(product("ab", repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
gen = (c for c in "pq")
print(list(product(gen, gen)))  # the second pool is empty once the first is read

print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations("AB", 3)), list(permutations("AB", 0)))
print(list(permutations([1, 1, 2])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("AB", 3)), list(combinations("AB", 0)))
print(len(list(combinations(range(12), 5))))

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(len(list(combinations_with_replacement(range(6), 4))))

def fact(n):
    out = 1
    for k in range(2, n + 1):
        out *= k
    return out

for n in range(5):
    for r in range(6):
        np = len(list(permutations(range(n), r)))
        nc = len(list(combinations(range(n), r)))
        nw = len(list(combinations_with_replacement(range(n), r)))
        expected_p = fact(n) // fact(n - r) if r <= n else 0
        expected_c = fact(n) // (fact(r) * fact(n - r)) if r <= n else 0
        assert (np, nc) == (expected_p, expected_c), (n, r)
        print(n, r, np, nc, nw)

# Every combination is sorted by position; permutations contain no repeats.
assert all(list(c) == sorted(c) for c in combinations(range(7), 4))
assert all(len(set(p)) == 3 for p in permutations(range(5), 3))

# Generator input is read once, eagerly.
def source():
    print("reading")
    yield from "xyz"

p = permutations(source(), 2)
print("made")
print(next(p), next(p))

# Solving a tiny puzzle: SEND + MORE style with small digits.
count = 0
for a, b, c in permutations(range(1, 10), 3):
    if a * 100 + b * 10 + c == (a + b + c) * 19:
        count += 1
        print("solution", a, b, c)
print(count, "solutions")

coins = [1, 2, 5]
ways = sorted({tuple(sorted(c)) for r in range(1, 5)
               for c in combinations_with_replacement(coins, r) if sum(c) == 7})
print(ways)
