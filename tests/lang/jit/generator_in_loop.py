# A generator resumed in the body of a hot loop, loops over a generator, and a collection
# (gc.collect and allocation-heavy code) while traced loops run: none of it may be cut short
# or change the results.
import gc


def numbers(n):
    k = 0
    while k < n:
        yield k * 0.5
        k += 1


def consume(n):
    g = numbers(n)
    total = 0.0
    i = 0
    while i < n:
        total += next(g) * 2
        i += 1
    return total


def sum_generator(n):
    s = 0.0
    for v in numbers(n):
        s += v
    return s


def collecting(n):
    keep = []
    x = 0
    for i in range(n):
        x = (x * 7 + i) % 1000003
        if i % 500 == 0:
            keep.append([x] * 10)
            gc.collect()
    return x, len(keep), sum(v[0] for v in keep)


print(consume(3000))
print(sum_generator(3000))
print(collecting(5000))
