# map with several iterables, filter with None
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(pow, [2, 3], [3, 2, 99])))
print(list(map(len, ["", "a", "ab"])), list(map(int, "123")), list(map(abs, range(-2, 2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, -1])))
print(list(filter(lambda x: x > 2, [1, 5, 2, 8])), list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
calls = []
def tracked(x):
    calls.append(x)
    return x
lazy = map(tracked, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())), sorted(map(abs, [-3, 1, -2])))
print(list(map(None.__class__, [])) if False else list(filter(bool, map(len, ["x", "", "yz"]))))
try:
    list(map(lambda a, b: a, [1], 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    print("map with non-callable is lazy")
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
