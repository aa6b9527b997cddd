# Decorators built from plain functions, stacking and arguments
calls = []
def log(name):
    def deco(f):
        def wrapper(*a, **k):
            calls.append((name, f.__name__, a))
            return f(*a, **k)
        wrapper.__name__ = f.__name__
        wrapper.__doc__ = f.__doc__
        wrapper.wrapped = f
        return wrapper
    return deco
@log("outer")
@log("inner")
def mul(a, b):
    "multiply"
    return a * b
print(mul(3, 4), mul.__name__, mul.__doc__)
print(calls)
print(mul.wrapped.wrapped(5, 5))
def validate(*types):
    def deco(f):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{f.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return f(*args)
        return w
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print(e)
def once(f):
    done = []
    def w(*a):
        if not done:
            done.append(f(*a))
        return done[0]
    return w
@once
def init(x):
    print("initialising with", x)
    return x * 2
print(init(5), init(6), init(7))
def decorate_order(tag):
    print("decorator factory", tag)
    def d(f):
        print("decorating with", tag)
        return f
    return d
@decorate_order(1)
@decorate_order(2)
def target():
    return "target"
print(target())
