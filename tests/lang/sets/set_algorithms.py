# Algorithms using sets
def primes_upto(n):
    composite = set()
    out = []
    for i in range(2, n + 1):
        if i not in composite:
            out.append(i)
            composite.update(range(i * i, n + 1, i))
    return out
print(primes_upto(60))
def has_pair_sum(nums, target):
    seen = set()
    for n in nums:
        if target - n in seen:
            return (target - n, n)
        seen.add(n)
    return None
print(has_pair_sum([8, 3, 11, 5, 7], 12), has_pair_sum([1, 2], 10))
graph = {1: {2, 3}, 2: {4}, 3: {4}, 4: set(), 5: {1}}
def reachable(g, s):
    seen = {s}
    frontier = [s]
    while frontier:
        n = frontier.pop()
        for m in sorted(g[n]):
            if m not in seen:
                seen.add(m)
                frontier.append(m)
    return sorted(seen)
print(reachable(graph, 1), reachable(graph, 5), reachable(graph, 4))
a = set(range(0, 100, 2))
b = set(range(0, 100, 3))
print(len(a & b), len(a | b), len(a - b), len(a ^ b), sorted(a & b)[:6])
nums = [3, 1, 3, 2, 1, 5]
order_uniq = []
s = set()
for n in nums:
    if n not in s:
        s.add(n)
        order_uniq.append(n)
print(order_uniq)
big = set(range(100000))
big -= set(range(0, 100000, 2))
print(len(big), 99999 in big, 2 in big)
