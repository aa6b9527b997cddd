# Positional and keyword arguments
def f(a, b, c=3, d=4):
    return (a, b, c, d)
print(f(1, 2))
print(f(1, 2, 5))
print(f(1, b=7))
print(f(d=0, c=9, b=8, a=7))
print(f(1, 2, d=10))
for call in [lambda: f(1), lambda: f(1, 2, 3, 4, 5), lambda: f(1, a=2), lambda: f(1, 2, e=3), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(x, y):
    return x - y
print(g(10, 3), g(y=10, x=3), g(3, y=10))
try:
    g(1, x=2)
except TypeError as e:
    print(e)
def none():
    return "no params"
try:
    none(1)
except TypeError as e:
    print(e)
print(none())
def one(x):
    return x
try:
    one(1, 2)
except TypeError as e:
    print(e)
