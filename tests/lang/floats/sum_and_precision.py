# Summation precision effects
print(sum([0.1] * 10), 0.1 * 10, sum([0.1] * 10) == 1.0)
vals = [1e16, 1.0, -1e16]
print(sum(vals), sum(sorted(vals)), vals[0] + vals[1] + vals[2], vals[0] + vals[2] + vals[1])
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
total2 = 0.0
for i in range(1000, 0, -1):
    total2 += 1.0 / i
print(total2, total == total2)
def kahan(xs):
    s = 0.0
    c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
xs = [0.1] * 1000
print(sum(xs), kahan(xs))
print(1.1 + 2.2, 3.3, 1.1 + 2.2 == 3.3, round(1.1 + 2.2, 10) == round(3.3, 10))
prod = 1.0
for i in range(1, 171):
    prod *= i
print(prod, prod * 171)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
