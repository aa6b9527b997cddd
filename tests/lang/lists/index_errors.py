# Index errors and negative indices
L = [10, 20, 30]
print(L[0], L[-1], L[-3], L[2])
for i in [3, -4, 100, -100]:
    try:
        L[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
for i in [3, -4]:
    try:
        L[i] = 0
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    del L[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    L["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    L[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(L[True], L[-True], L[2 ** 0])
try:
    L[2 ** 100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop(0)
except IndexError as e:
    print(type(e).__name__, e)
print(L[:100], L[-100:], L[3:], L[1:-1])
L[-1] = "last"
print(L)
