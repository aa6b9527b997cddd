# Chained comparisons and short circuit
def v(x, log):
    log.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 2, 1 != 2 != 1)
print(1 < 2 <= 2 < 3 >= 3 > 0)
print(0 < 5 < 10 < 100 < 1000)
log = []
print(v(5, log) < v(3, log) < v(10, log), log)
log = []
print(v(1, log) < v(2, log) < v(3, log), log)
print(1 in [1, 2] in [[1, 2]], 'a' in 'abc' not in 'xyz')
x = 5
print(1 <= x <= 10, 10 <= x <= 20)
print(None is None is not False)
print((1 < 2) < 3, 1 < (2 < 3))
print([] == [] is not None)
print(2 < 3 == 3 > 1)
print(1.0 == 1 == True)
print("a" < "b" < "c" < "d")
print((1, 2) < (1, 3) < (2,))
print(not 1 < 2 < 3, not 1 > 2)
for a in range(4):
    print(a, 0 < a < 3, a == 1 or a == 2)
