# nlargest, nsmallest and merge.
import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums), heapq.nlargest(0, nums), heapq.nsmallest(-2, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(11, nums))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(4, (n * n for n in nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nsmallest(3, iter([])))

portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
print([s["name"] for s in heapq.nsmallest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in heapq.nlargest(1, portfolio, key=lambda s: s["shares"])])

# Ties keep their original order, as sorted() would.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (2, "f"), (0, "g")]
first = lambda p: p[0]
for n in range(1, 8):
    assert heapq.nsmallest(n, pairs, key=first) == sorted(pairs, key=first)[:n]
    assert heapq.nlargest(n, pairs, key=first) == sorted(pairs, key=first, reverse=True)[:n]
    assert heapq.nsmallest(n, iter(pairs), key=first) == sorted(pairs, key=first)[:n]
    assert heapq.nlargest(n, iter(pairs), key=first) == sorted(pairs, key=first, reverse=True)[:n]
print(heapq.nsmallest(4, iter(pairs), key=first), heapq.nlargest(4, iter(pairs), key=first))
print(heapq.nlargest(3, "mississippi"), heapq.nsmallest(3, "mississippi", key=str.upper))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1, 2])))
print(list(heapq.merge(["apple", "fig"], ["Banana", "cherry"], key=str.lower)))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 6, 0], reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print(list(heapq.merge([3, 1], [4, 2], key=lambda v: -v)))

def noisy(name, values):
    for v in values:
        print(f"  {name} -> {v}")
        yield v

merged = heapq.merge(noisy("A", [1, 4, 6]), noisy("B", [2, 3, 9]))
print(type(merged).__name__)
for v in merged:
    print("got", v)

import itertools
evens = (2 * i for i in itertools.count())
odds = (2 * i + 1 for i in itertools.count())
print(list(itertools.islice(heapq.merge(evens, odds), 12)))
