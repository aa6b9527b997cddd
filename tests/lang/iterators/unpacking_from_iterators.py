# Unpacking from iterators and starred targets
a, b, c = iter([1, 2, 3])
print(a, b, c)
x, *rest = map(str, range(5))
print(x, rest)
first, second = zip("ab", "cd")
print(first, second)
*init, last = reversed(range(4))
print(init, last)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(i1, v1), (i2, v2) = enumerate("xy")
print(i1, v1, i2, v2)
try:
    p, q = iter([1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = iter([1])
except ValueError as e:
    print(type(e).__name__, e)
it = iter(range(10))
a, b = next(it), next(it)
print(a, b, list(it))
print([*iter("ab"), *map(abs, [-1]), *range(2)])
print({*filter(None, [0, 1, 2])}, dict(zip("ab", iter([1, 2]))))
def f(*args):
    return args
print(f(*iter([1, 2]), *zip("a", "b")))
print(list(map(lambda p: p[0] + p[1], zip(*[iter([1, 2, 3, 4])] * 2))))
