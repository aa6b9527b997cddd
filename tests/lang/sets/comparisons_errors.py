# Set comparisons are subset tests; misc errors
a, b = {1, 2}, {2, 3}
print(a < b, a > b, a <= b, a == b, a != b, sorted([{3}, {1, 2}, {1}], key=len))
print({1} < {1, 2} < {1, 2, 3}, set() < {0}, set() <= set())
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda s: s[0])({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 2]) == [1, 2], {1: 2}.keys() == {1}, set("ab") == {"a", "b"})
print(bool(set()), bool({0}), len({1, 1, 1}))
