# Everyday compositions of itertools, written the way programs use them.
import itertools as it
import operator

def take(n, iterable):
    return list(it.islice(iterable, n))

def nth(iterable, n, default=None):
    return next(it.islice(iterable, n, None), default)

def all_equal(iterable):
    groups = it.groupby(iterable)
    return next(groups, True) and not next(groups, False)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def flatten(nested):
    return it.chain.from_iterable(nested)

def chunked(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fill)

def roundrobin(*iterables):
    pending = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))

def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = list(it.islice(iterator, n - 1))
    for x in iterator:
        window.append(x)
        yield tuple(window)
        del window[0]

def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)

def running_mean(values):
    for i, total in enumerate(it.accumulate(values), 1):
        yield total / i

print(take(4, it.count(7, 3)))
print(nth(range(100), 42), nth("abc", 9, "none"))
print(all_equal("aaaa"), all_equal("aaba"), all_equal(""))
print(quantify([1, 0, 3, 0, 5]), quantify(range(10), lambda x: x > 6))
print(list(flatten([[1, 2], (3,), "ab"])))
print(list(chunked("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")))
print(list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window(range(6), 3)))
print(first_true([0, None, "", 7, 8]), first_true([], "dflt"), first_true(range(10), pred=lambda x: x > 4))
print([round(m, 3) for m in running_mean([3, 5, 10, 2])])

# Calendar-like table with product and starmap.
table = list(it.starmap(lambda r, c: r * c, it.product(range(1, 4), range(1, 5))))
for row in zip(*[iter(table)] * 4):
    print(" ".join(f"{v:2}" for v in row))

# Prime sieve built from count, takewhile and filterfalse.
def primes():
    found = []
    for n in it.count(2):
        if all(n % p for p in it.takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n

print(take(15, primes()))
print(list(it.takewhile(lambda p: p < 60, primes()))[-3:])

# Cumulative totals with dates grouped by month.
entries = [("2023-01-03", 20), ("2023-01-17", 5), ("2023-02-01", 12), ("2023-02-28", 3), ("2023-04-09", 40)]
for month, group in it.groupby(entries, key=lambda e: e[0][:7]):
    amounts = [amount for _, amount in group]
    print(month, amounts, list(it.accumulate(amounts))[-1])
