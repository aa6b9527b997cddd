# Lambdas capturing variables, defaults and nested lambdas
x = 10
f = lambda: x
x = 20
print(f())
adders = [lambda y, n=n: y + n for n in range(3)]
print([a(100) for a in adders])
late = [lambda: n for n in range(3)]
print([l() for l in late])
def maker():
    val = "first"
    g = lambda: val
    val = "second"
    return g
print(maker()())
pair = lambda a: (lambda b: (a, b))
print(pair(1)(2))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, a=4))
table = {name: (lambda n: lambda v: f"{n}:{v}")(name) for name in ["a", "b"]}
print(table["a"](1), table["b"](2))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
sq = lambda n: n * n
print(sq.__name__, sq(12), (lambda: None)() is None)
cond_l = lambda n: (lambda: "pos") if n > 0 else (lambda: "nonpos")
print(cond_l(1)(), cond_l(-1)())
