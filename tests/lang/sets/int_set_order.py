# Iteration order of small int sets is deterministic in CPython
print({3, 1, 2}, {10, 5, 0}, {-1, -2, 0}, set(range(10, 0, -1)))
print(list({5, 3, 1}), [x for x in {7, 6}], {0, 8, 16})
s = set()
for i in [5, 1, 9, 3]:
    s.add(i)
print(s)
print({1, 2, 3} == {3, 2, 1}, {True, 1, 1.0}, {0, False, 0.0})
print(sorted({100, 1, 50}), max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}))
print({x * x for x in range(-3, 4)})
