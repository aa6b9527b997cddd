# Function decorators written as functions
def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
print(add.__name__)
def repeat(n):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
def tag(t):
    def deco(f):
        def inner():
            return f"<{t}>{f()}</{t}>"
        return inner
    return deco
@tag("b")
@tag("i")
def text():
    return "txt"
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry, one(), two.__name__)
@lambda f: f()
def immediate():
    return "ran at definition"
print(immediate)
counter = {"n": 0}
def counting(f):
    def w(*a):
        counter["n"] += 1
        return f(*a)
    return w
@counting
def sq(x): return x * x
print([sq(i) for i in range(4)], counter)
