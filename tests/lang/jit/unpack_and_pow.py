# Unpacking and float powers in traced loops: tuples and lists of the expected size, then a
# sequence of another size or type mid-loop; powers of positive floats, then the cases that
# the trace leaves to the interpreter (negative and zero bases, infinities, nan, overflow).


def unpack_pairs(pairs):
    total = 0
    for a, b in pairs:
        total += a * 10 + b
    return total


def unpack_mixed(items):
    out = []
    for item in items:
        try:
            x, y, z = item
            out.append(x + y + z)
        except ValueError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(str(e))
    return out[-8:]


def swap_in_place(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def powers(bases, exponent):
    out = []
    for x in bases:
        try:
            out.append(x**exponent)
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def root_sum(n):
    s = 0.0
    for i in range(1, n):
        s += (i * 0.5) ** 0.5 + float(i) ** -1.5 + 2 ** (i / n) + (i / n) ** 3
    return round(s, 9)


print(unpack_pairs([(1, 2), (3, 4), [5, 6]] * 300))
print(unpack_mixed([(1, 2, 3), [4, 5, 6]] * 100 + [(1, 2), "abc", (7, 8, 9), 5, [1, 2, 3, 4]]))
print(swap_in_place(5000))
many = [0.25, 2.0, 9.0] * 100
print(powers(many + [-8.0, 0.0, float("inf"), float("nan"), 1e300, 4.0], 0.5)[-8:])
print(powers(many + [0.0, -2.0, 1e-300, 1e300], -1.5)[-5:])
print(powers(many + [1e200, -3.0, 10.0], 2.0)[-4:])
print(powers([2.0] * 300, float("nan"))[-1], powers([2.0] * 300, float("inf"))[-1])
print(root_sum(3000))
