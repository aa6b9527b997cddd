# sorted, reversed, min, max with key and default
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), sorted("Banana"), sorted("banana", key=str.upper))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.values())))
print(min(data), max(data), min(3, 1, 2), max("apple", "pear", key=len), min([], default=0), max((), default="none"))
print(max(data, key=lambda x: -x), min(["bb", "a", "ccc"], key=len), max([1, 3, 2], default=99))
print(max([(1, "b"), (1, "a"), (0, "z")]), min("hello"), max(b"abc"), max([1.5, 2, True]))
print(max([2, 5, 5, 1], key=lambda x: x // 5), min([3, 4], key=lambda x: 0))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1, "a"]), lambda: reversed(5), lambda: reversed({1, 2}), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r), type(r).__name__)
print(sorted([[3, "c"], [1, "a"], [2, "b"]], key=lambda p: p[1], reverse=True))
print(sorted({5: "x", 1: "y"}.items()), sorted([], reverse=True), sorted([], key=abs))
