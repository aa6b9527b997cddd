# range: negative steps, repr, slicing, in, len, index
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-3, 3), range(0, -10, -3), range(1, 2, 10)]:
    print(repr(r), list(r), len(r), bool(r))
r = range(0, 100, 7)
print(r[0], r[-1], r[3], r[2:5], r[::-1], r[::2], r[-3:], r[100:])
print(21 in r, 22 in r, 98 in r, 105 in r, -7 in r, 7.0 in r, "7" in r)
print(r.index(49), r.count(14), r.count(15), r.start, r.stop, r.step)
try:
    r.index(50)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(3) == [0, 1, 2])
big = range(10 ** 20)
print(len(range(10 ** 18)), big[-1], 10 ** 19 in big, big[10 ** 19: 10 ** 19 + 3])
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(-5, 5)), sorted(range(3), reverse=True))
print(range(10)[::-3], list(range(10)[::-3]), range(-1), list(range(-1, -5, -1)))
print(hash(range(3)) == hash(range(0, 3)), str(range(1, 5, 1)), range(True))
