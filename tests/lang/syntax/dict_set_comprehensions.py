# Dict and set comprehensions
print({x: x * x for x in range(6)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({v: k for k, v in {'x': 1, 'y': 2}.items()})
print({x % 3 for x in range(10)})
print(sorted({c for c in "mississippi"}))
print({i: [j for j in range(i)] for i in range(4)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x for x in range(20) if x % 3 == 0 if x % 2 == 0})
words = ["apple", "bob", "cat", "avocado", "banana"]
by_first = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(by_first)
print({len(w): w for w in words})
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print({x: y for x, y in zip("abc", range(3))})
print(len({i // 2 for i in range(100)}))
print({-x for x in [1, 2, 3]} == {-1, -2, -3})
d = {str(i): i for i in range(12)}
print(list(d)[-3:], d['11'])
print({k: v for k, v in sorted({'z': 1, 'a': 2}.items())})
print(frozenset({x & 1 for x in range(4)}))
