# Int arithmetic in traced loops that leaves the small int range (48 bits in Ember's boxed
# values): the guard sends the interpreter back to redo the operation with a big int, and
# the results are CPython's.


def grow(n):
    x = 1
    for _ in range(n):
        x = x * 3 + 1
    return x


def shifts(n):
    bits = 0
    for i in range(n):
        bits = (bits << 1) | (i & 1)
    return bits


def negate(values):
    total = 0
    for v in values:
        total = total - v
        total = -total
    return total


def floor_divide(n):
    # -2**47 // -1 is the one floor division whose result leaves the range
    q = 0
    d = -(2**47)
    for i in range(n):
        q = d // -1 if i == n - 1 else d // 3
    return q


print(grow(10), grow(30), grow(100))
print(shifts(40), shifts(60), shifts(200))
print(negate(list(range(5000))))
print(floor_divide(1000))
acc = 2**46
step = 2**44
i = 0
while i < 20:
    acc += step
    i += 1
print(acc)
