# Chaining iterator-producing builtins
data = ["a", "b", "c", "d"]
print(list(enumerate(zip(data, reversed(data)))))
print(list(zip(*enumerate(data))))
print(dict(enumerate(map(str.upper, data), 1)))
print(list(filter(lambda p: p[0] % 2, enumerate(data))))
print(list(map(lambda p: p[1] * p[0], enumerate(data))))
print(sorted(zip(map(len, ["ccc", "a", "bb"]), ["ccc", "a", "bb"])))
print(list(zip(range(3), range(10, 13), range(20, 30))))
it = iter(range(6))
pairs = list(zip(it, it))
print(pairs)
flat = [x for pair in zip("abc", "xyz") for x in pair]
print(flat, "".join(flat))
print(list(reversed(list(enumerate("xyz")))), max(enumerate([3, 9, 2]), key=lambda p: p[1]))
