# Unpacking at call sites
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*"123" and [4, 5, 6]))
print(f(1, *[2, 3]))
print(f(*[1], *[2], *[3]))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"c": 3, "b": 2}))
print(f(*range(2), c=9))
def show(*a, **k):
    return a, k
print(show(*[1, 2], *(3, 4), **{"x": 5}, y=6, **{"z": 7}))
print(show(*{}, **{}))
print(show(*"hi", *b"hi"))
print(show(*{"k1": 1, "k2": 2}))
try:
    f(*[1, 2])
except TypeError as e:
    print(e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    show(*5)
except TypeError as e:
    print(e)
try:
    show(**[1])
except TypeError as e:
    print(e)
print(max(*[3, 9, 2]), min(*"zebra"))
print(*[f"{i}" for i in range(3)], sep="|")
