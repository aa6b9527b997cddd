# Attributes, methods, None and identity in traced loops: instances of one and of several
# shapes, attributes added in the loop, a method redefined on the class mid-loop, an
# instance attribute that shadows a method, instances switched to dictionary mode, None
# tests with `is`, `not` and truth, and a class whose __bool__ decides a branch.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs_value(self.x) + abs_value(self.y)

    def scaled(self, k):
        return self.x * k + self.y


def abs_value(v):
    if v < 0:
        return -v
    return v


def sum_norms(points):
    total = 0
    for p in points:
        total += p.norm1() + p.scaled(3)
    return total


def move_all(points, steps):
    for _ in range(steps):
        for p in points:
            p.x = p.x + 1
            p.y -= 0.5
    return [(p.x, p.y) for p in points[:3]]


def add_attribute(points):
    count = 0
    for p in points:
        p.z = count % 7 + 1
        count += p.z
    return count


def redefine_mid_loop(points):
    total = 0
    for i in range(len(points)):
        p = points[i]
        if i == len(points) // 2:
            Point.scaled = lambda self, k: -1
        total += p.scaled(2)
    return total


def shadowed(points):
    total = 0
    for i in range(len(points)):
        p = points[i]
        if i == 300:
            p.norm1 = lambda: 1000000
        total += p.norm1()
    return total


def dict_mode(points):
    total = 0
    for i in range(len(points)):
        p = points[i]
        if i == 250:
            p.__dict__["x"] = 7
        total += p.x
    return total


def none_tests(values):
    nones = 0
    falsy = 0
    same = 0
    for v in values:
        if v is None:
            nones += 1
        if not v:
            falsy += 1
        if v is not values[0]:
            same += 1
    return nones, falsy, same


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


def count_true(items):
    n = 0
    for item in items:
        if item:
            n += 1
    return n


points = [Point(i, -i * 0.5) for i in range(600)]
print(sum_norms(points))
print(move_all(points, 20))
print(add_attribute(points))
print(redefine_mid_loop(points))
print(shadowed(points))
print(dict_mode(points))
print(none_tests([None, 0, 1, None, 0.0, 2.5, True, False] * 100))
print(count_true([Flag(i % 3 == 0) for i in range(300)] + [None, 1, 0] * 100))


class Entry:
    def __init__(self, i):
        self.request = {"ms": i} if i % 10 == 0 else None


# The loop's back edge branches on an attribute that is None or a dict in turn.
entries = [Entry(i) for i in range(900)]
print(sum([e.request["ms"] for e in entries if e.request]))
