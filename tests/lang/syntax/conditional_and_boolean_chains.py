# Long boolean chains and mixed conditional expressions
def classify(n):
    return ("negative" if n < 0 else
            "zero" if n == 0 else
            "small" if n < 10 else
            "medium" if n < 100 else
            "large")
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
x, y, z = 0, "", [1]
print(x or y or z, x and y and z, (x or y) and z, x or (y and z))
print(not x and not y and z, not (x or y), not x or y)
def leap(yr):
    return yr % 4 == 0 and (yr % 100 != 0 or yr % 400 == 0)
print([y for y in range(1896, 1912) if leap(y)], leap(2000), leap(1900), leap(2024))
a = 5
print(0 < a < 10 and a % 2 == 1 or a == 100)
print(None if a else "falsy", [] if a > 10 else [a])
r = 1 if a > 2 else 2 if a > 1 else 3
print(r)
print(True and 0 or "fallback", False or 0 or None)
print((a > 3) + (a > 4) + (a > 5), sum([a > k for k in range(10)]))
