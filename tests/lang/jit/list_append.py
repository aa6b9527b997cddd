# list.append in traced loops: lists that fill their buffer and grow, values of several
# kinds (ints, floats, nan, None), appends inside an inlined call, append overridden by a
# subclass, and appends to lists made in the loop.


class Bag(list):
    def append(self, x):
        super().append(x * 2)


def squares(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return len(out), out[-3:]


def mixed(n):
    out = []
    for i in range(n):
        out.append(i / 7 if i % 3 else (None if i % 2 else float("nan")))
    return len(out), out[-4:], sum(1 for v in out if v != v)


def add_to(lst, x):
    lst.append(x)
    lst.append(-x)
    return len(lst)


def through_call(n):
    out = []
    total = 0
    for i in range(n):
        total += add_to(out, i)
    return total, out[-4:]


def subclass(n):
    bags = [Bag(), []]
    for i in range(n):
        bags[i % 2].append(i)
    return len(bags[0]), bags[0][-2:], bags[1][-2:]


def nested(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(i % 5):
            row.append(j)
        rows.append(row)
    return sum(len(r) for r in rows)


print(squares(5000))
print(mixed(3000))
print(through_call(2000))
print(subclass(1000))
print(nested(2000))
