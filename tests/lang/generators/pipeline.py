# A data pipeline of generators: lazy stages, early exit, state kept between items.
def read_records(n):
    for i in range(n):
        yield {"id": i, "value": (i * 37) % 101, "tag": "abc"[i % 3]}

def only(tag, records):
    for r in records:
        if r["tag"] == tag:
            yield r

def running_total(records):
    total = 0
    for r in records:
        total += r["value"]
        yield r["id"], total

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

print(list(take(5, running_total(only("b", read_records(1000))))))

def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(10), 4)))
print(sum(sum(c) for c in chunks((x * x for x in range(100)), 7)))

def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
gen = primes()
print([next(gen) for _ in range(15)])

# Generators interleaved by zip, and consumed by built-ins.
def letters():
    yield from "xyz"
print(list(zip(letters(), primes())), dict(enumerate(letters())), sorted(letters(), reverse=True))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), min(x % 7 for x in range(20, 30)))
print(tuple(x for x in range(3)), set(x % 3 for x in range(10)), " ".join(str(x) for x in range(4)))

# Many live generators at once.
gens = [read_records(3) for _ in range(10000)]
print(sum(next(g)["value"] for g in gens), sum(len(list(g)) for g in gens))

# Generator expressions bind the first iterable eagerly, the rest lazily.
xs = [1, 2]
g = (x + y for x in xs for y in ys)
ys = [10, 20]
xs = [100]
print(list(g))
