# zip of lists in traced loops: pairs and triples unpacked straight into variables, lists
# of different lengths (the shortest ends the loop, and the longer ones stay where zip
# left them), strict zips that raise, zips of other iterables, and a zip whose tuple the
# loop keeps.


def dot(xs, ys):
    total = 0
    for x, y in zip(xs, ys):
        total += x * y
    return total


def triple(xs, ys, zs):
    out = 0.0
    for x, y, z in zip(xs, ys, zs):
        out += x * y - z
    return out


def uneven(n):
    a = list(range(n))
    b = list(range(n // 2))
    ia = iter(a)
    ib = iter(b)
    s = 0
    for x, y in zip(ia, ib):
        s += x - y
    return s, next(ia), list(ib)


def strict(n):
    try:
        s = 0
        for x, y in zip(range(n), list(range(n - 1)), strict=True):
            s += x + y
        return s
    except ValueError as e:
        return str(e)


def keeps_tuple(xs, ys):
    pairs = []
    for pair in zip(xs, ys):
        pairs.append(pair)
    return len(pairs), pairs[-1]


def mixed(xs, text):
    s = 0
    for x, c in zip(xs, text):
        s += x * len(c)
    return s


n = 3000
print(dot(list(range(n)), [i % 7 - 3 for i in range(n)]))
print(triple([0.5] * n, [i / 3 for i in range(n)], list(range(n))))
print(uneven(2000))
print(strict(2000))
print(keeps_tuple(list(range(500)), ["a"] * 500))
print(mixed(list(range(1000)), "xyz" * 400))
print(dot([1, 2, 3] * 500, [1.5, 2.5] * 600))
