# A pipeline of generators: a pseudo-random source feeds stages that filter,
# transform, pair up neighbours, batch into chunks, flatten with `yield from`
# and run a stateful accumulator driven with send(); generator expressions
# and sum/max/any over them close the pipeline. Measures generator creation,
# resumption and suspension. Prints per-stage counts and checksums.
# Usage: generators.py [ITEMS]. Default 3000000 items from the source.
import sys


def source(n, seed):
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed >> 8


def keep_odd_tens(it):
    for x in it:
        if (x // 10) % 2:
            yield x


def scale(it, k):
    for x in it:
        yield x * k % 65521


def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev, x
        prev = x


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks_it):
    for chunk in chunks_it:
        yield from chunk


def running_max():
    """A coroutine-style generator: send values, it yields the maximum so far."""
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def delegate(n):
    result = yield from countdown(n)
    yield result


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    # stage 1: filter and scale, then pair neighbours
    pair_count = 0
    diff_sum = 0
    for a, b in pairs(scale(keep_odd_tens(source(n, 42)), 7)):
        pair_count += 1
        diff_sum += a - b if a > b else b - a
    print("pairs:", pair_count, "sum of differences:", diff_sum)

    # stage 2: chunk, flatten back, and track the running maximum by send()
    tracker = running_max()
    next(tracker)
    changes = 0
    last = None
    flat = 0
    checksum = 0
    for x in flatten(chunks(source(n, 7), 13)):
        flat += 1
        m = tracker.send(x)
        if m != last:
            changes += 1
            last = m
        checksum = (checksum * 31 + x) % 1000000007
    print("flattened:", flat, "maximum:", last, "changes:", changes)
    print("checksum:", checksum)

    # stage 3: generator expressions consumed by built-ins
    squares = sum(x * x % 1009 for x in source(n // 4, 99))
    biggest = max(x % 100003 for x in source(n // 4, 5))
    found = any(x == 123 for x in (y % 1000 for y in source(n // 4, 3)))
    print("squares:", squares, "biggest:", biggest, "found 123:", found)

    # stage 4: many short generators with return values through yield from
    total = 0
    words = 0
    for k in range(n // 20):
        for v in delegate(k % 8):
            if isinstance(v, str):
                words += 1
            else:
                total += v
    print("countdown total:", total, "liftoffs:", words)


main()
