# total_ordering and cmp_to_key.
from functools import cmp_to_key, total_ordering

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, a == c)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(max(Version("0.1"), Version("0.0.9")), Version.__gt__.__name__, Version.__ge__.__name__)
print(a.__gt__(5), a.__le__("x"))
try:
    a >= 5
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v

s1, s2 = Score(1), Score(2)
print(s1 < s2, s1 <= s2, s1 > s2, s2 > s1, s2 <= s2, s1 < s1)

@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

print(Gt(1) < Gt(2), Gt(1) >= Gt(1), Gt(3) <= Gt(2))

@total_ordering
class Le:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __le__(self, other):
        return self.v <= other.v

print(Le(1) < Le(2), Le(1) > Le(1), Le(3) >= Le(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda x, y: (y > x) - (y < x))))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
print(min(words, key=cmp_to_key(compare_len_then_alpha)))

K = cmp_to_key(lambda x, y: x - y)
k1, k2 = K(1), K(obj=2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1.obj, k2.obj)
for bad in [lambda: k1 < 2, lambda: hash(k1), lambda: K(), lambda: K(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
