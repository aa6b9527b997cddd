# List comprehensions: nesting, conditions
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(4)])
print([x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row])
print([x for x in range(20) if x % 2 if x % 3])
print([c.upper() for c in "hello" if c != 'l'])
print([i if i % 2 else -i for i in range(6)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([len(w) for w in "the quick brown fox".split()])
print([(i, c) for i, c in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
x = 'outer'
r = [x for x in range(3)]
print(x, r)
print([y for y in []])
print([[]for _ in range(3)])
print([k for k in {'b': 1, 'a': 2}])
print([n for n in range(2, 30) if all([n % d for d in range(2, n)])])
print([*[i for i in range(3)], *[j for j in 'xy']])
print(sum([i for i in range(101)]))
