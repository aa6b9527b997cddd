# Lambda expressions in many forms
add = lambda a, b: a + b
print(add(2, 3), add("x", "y"))
print((lambda: 42)())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda a, b=10: a + b)(1), (lambda a, b=10: a + b)(1, 2))
print((lambda a, *, k: a * k)(3, k=4))
print((lambda a, /, b: a - b)(10, b=3))
print((lambda x: lambda y: x + y)(10)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 3, range(10))))
fs = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fs])
gs = [lambda x: x * i for i in range(4)]
print([g(10) for g in gs])
print(add.__name__, (lambda: 0).__name__)
print((lambda x: (x, x))(1))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda x=[]: x)() == [])
cond = lambda x: "y" if x else "n"
print(cond(1), cond(0))
print((lambda: (yield_ := 3))())
