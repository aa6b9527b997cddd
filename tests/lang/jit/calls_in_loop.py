# Calls of Python functions in loops, which traces inline: arguments that change type,
# callees that raise, branch, call further functions or overflow into big ints, a called
# global rebound mid-loop, recursion near the limit, and calls the trace does not inline
# (closures, defaults, generators, callees that change objects).
import sys


def tri(i, j):
    s = i + j
    return s * (s + 1) // 2 + i


def weighted(v, n):
    total = 0.0
    for i in range(n):
        total += 1.0 / (tri(i, 3) + 1) * v[i % len(v)]
    return round(total, 9)


def absdiff(a, b):
    if a < b:
        return b - a
    return a - b


def inner(x):
    return x * 3


def middle(x):
    return inner(x) + inner(x + 1)


def outer(x):
    return middle(x) - 1


def nested(n):
    s = 0
    for i in range(n):
        s += outer(i) + absdiff(i, 500)
    return s


def grow(x):
    return x * x * x


def overflow(n):
    s = 0
    for i in range(n):
        s += grow(i * 1000)
    return s


def mixed_types(values):
    out = []
    for v in values:
        out.append(absdiff(v, 2))
    return out


def reciprocal(d):
    return 1.0 / d


def raises_in_callee(n, zero_at):
    total = 0.0
    for i in range(n):
        try:
            total += reciprocal(i - zero_at)
        except ZeroDivisionError:
            total += 1000.0
    return round(total, 6)


def double(x):
    return 2 * x


def triple(x):
    return 3 * x


def rebinds(n):
    global double
    s = 0
    for i in range(n):
        if i == n // 2:
            double = triple
        s += double(i)
    return s


progress = -1


def loop_calling(depth, n, call_from):
    global progress
    if depth > 0:
        return loop_calling(depth - 1, n, call_from)
    s = 0
    i = 0
    while i < n:  # no builtin call: CPython 3.11 counts those in the recursion depth
        progress = i
        if i >= call_from:
            s += double(i)
        else:
            s += i
        i += 1
    return s


# The loop's trace is made at a shallow depth; deep down, where the call it inlines has no
# room left, the call must still raise RecursionError (and only there).
def recursion_at_the_limit():
    print(loop_calling(3, 500, 0))
    depth = sys.getrecursionlimit() - 100
    while True:
        try:
            loop_calling(depth, 500, 100)
        except RecursionError:
            print("RecursionError at iteration", progress)
            return
        depth += 1


def make_adder(k):
    def add(x):
        return x + k

    return add


def with_default(x, y=7):
    return x * y


def gen(x):
    yield x


def appender(out, x):
    out.append(x)
    return x


def not_inlined(n):
    add5 = make_adder(5)
    s = 0
    out = []
    for i in range(n):
        s += add5(i) + with_default(i) + with_default(i, 2) + next(gen(i)) + appender(out, i)
    return s, len(out), sum(out)


print(weighted([1.0, 2.5, -0.5], 3000))
print(nested(2000))
print(overflow(3000))
print(mixed_types([1, 5, 2.5, -3, True, 7.25] * 200)[-6:])
print(raises_in_callee(3000, 1700))
print(rebinds(2000))
double = lambda x: x + x  # noqa: E731 (a function of another shape)
print(rebinds(2000))
recursion_at_the_limit()
print(not_inlined(2000))
