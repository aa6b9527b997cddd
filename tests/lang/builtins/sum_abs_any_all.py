# sum with start, abs, any, all
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.5, 0.25]), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum(range(1, 101)), sum([1e100, 1.0, -1e100]), sum([0.1] * 10), sum([1, 2.5, 3j]), sum([True] * 5))
print(sum([10 ** 20, 10 ** 20]), sum([-1, -2], start=3))
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-3), abs(3.5), abs(-0.0), abs(-10 ** 30), abs(3 + 4j), abs(True), abs(-float("inf")))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0.0, ""]), any([0, [0]]), all([1, "a", [1]]), all([1, 0, 1]))
print(any("abc"), all(""), any(range(0)), all(range(1, 5)), any([None, False, 1j]))
seen = []
def t(x):
    seen.append(x)
    return x
print(any(map(t, [0, 0, 3, 0, 5])), seen)
seen.clear()
print(all(map(t, [1, 2, 0, 4])), seen)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
