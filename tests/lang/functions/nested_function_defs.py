# Functions defined inside functions, returned and called later
def outer(n):
    def helper(x):
        return x * n
    def twice(x):
        return helper(helper(x))
    return [helper(1), twice(1)], twice
vals, tw = outer(3)
print(vals, tw(2), tw.__name__, tw.__qualname__)
def make_ops():
    ops = {}
    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco
    @register("inc")
    def inc(x):
        return x + 1
    @register("sq")
    def sq(x):
        return x * x
    return ops
ops = make_ops()
print(sorted(ops), ops["inc"](ops["sq"](5)), ops["sq"].__qualname__)
def fib_gen():
    cache = {}
    def fib(n):
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache
fib, cache = fib_gen()
print(fib(50), len(cache))
def pipeline(*steps):
    def run(x):
        for s in steps:
            x = s(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
