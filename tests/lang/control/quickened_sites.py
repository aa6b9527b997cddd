# One instruction meeting operands of changing types: the interpreter specialises each
# arithmetic, comparison and for-loop instruction for the types it sees and must fall back
# (and re-specialise) whenever they change, with CPython's results and errors every time.
import math


def arith(a, b):
    out = []
    for op in ("+", "-", "*", "//", "%", "/", "&", "|", "^", ">>"):
        try:
            if op == "+":
                r = a + b
            elif op == "-":
                r = a - b
            elif op == "*":
                r = a * b
            elif op == "//":
                r = a // b
            elif op == "%":
                r = a % b
            elif op == "/":
                r = a / b
            elif op == "&":
                r = a & b
            elif op == "|":
                r = a | b
            elif op == "^":
                r = a ^ b
            else:
                r = a >> b
            out.append(r)
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


BIG = 2**47
operands = [
    (7, 3), (-7, 3), (7, -3), (-7, -3), (7, 0), (0, 0), (5, -1), (-(2**47), -1),
    (BIG - 1, 1), (-BIG, -1), (BIG, BIG), (3_000_000_000, 3_000_000_000),
    (2**40, 2**40), (-(2**46), 4), (7.5, 2), (2, 7.5), (7.5, 0), (7, 0.0), (-0.0, 1),
    (1.5, 2.5), (float("inf"), 2), (True, 3), (3, True), ("ab", "cd"), ([1], [2]),
    (7, 2), (10**20, 3), (3, 10**20), (7, 2),
]
for a, b in operands:
    print(repr(a)[:30], repr(b)[:30], arith(a, b))


def compare(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


nan = float("nan")
for a, b in [(1, 2), (2, 2), (3, 2), (1.0, 2), (2, 2.0), (nan, 1.0), (1.0, nan), (nan, nan),
             (-0.0, 0.0), (2**47 - 1, 2**47), (2**60, 2**60), ("a", "b"), ((1, 2), (1, 3)),
             (1, 2), (1.5, 1.5)]:
    print(a, b, compare(a, b))


def branches(values, limit):
    taken = []
    for v in values:
        if v < limit:
            taken.append("lt")
        elif not v != limit:
            taken.append("eq")
        else:
            taken.append("gt")
    return taken


print(branches([1, 5, 9, 5.0, 4.5, nan, 2**50, -(2**50)], 5))
print(branches([1.0, 5.0, 9.0, 5], 5.0))
try:
    print(branches([1, "x"], 5))
except TypeError as e:
    print("TypeError:", e)


def total(iterable):
    s = 0
    for x in iterable:
        s += x
    return s


sources = [range(5), [1, 2, 3], range(10, 0, -3), (4, 5), [], range(0), {7: 0, 8: 1},
           range(2**62, 2**62 + 2), iter([1, 2]), (x * x for x in range(4)), [0.5, 0.25],
           range(3)]
for src in sources:
    print(total(src))

items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x == 1:
        items.append(4)
print(seen)

r = 0
i = 0
while i < 100:
    r += i * 0.5 - i // 3 + i % 7
    i += 1
print(r, math.isclose(r, 2797.5))

count = 0
n = 2**47 - 3
while n < 2**47 + 3:
    n += 1
    count += 1
print(count, n)
