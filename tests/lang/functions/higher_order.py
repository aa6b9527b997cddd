# Higher-order functions
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(abs, lambda x: x - 10, len)("hello"))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
print(my_map(len, ["a", "bb", ""]), my_reduce(lambda a, b: a * b, range(1, 8), 1))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: t[1]))
print(list(map(pow, [2, 3, 4], [5, 2, 1])))
print(list(map(max, [1, 9], [5, 2], [3, 3])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10))
print(max(["aa", "b", "cccc"], key=len), min([3, -7, 5], key=abs))
funcs = [len, str, repr, type]
print([f("x").__class__.__name__ if f is type else f("x") for f in funcs])
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def slowfib(n):
    return n if n < 2 else slowfib(n - 1) + slowfib(n - 2)
print(slowfib(100))
print(callable(len), callable(memo), callable(3), callable(lambda: 0))
