# Default args vs closures, recursive closures, function redefinition
def f():
    return "first"
g = f
def f():
    return "second"
print(f(), g())
def outer():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(outer()(10))
k = 1
def default_k(v=k):
    return v
def closure_k():
    return k
k = 2
print(default_k(), closure_k())
def counter():
    def inc():
        inc.calls += 1
        return inc.calls
    inc.calls = 0
    return inc
c = counter()
c(); c()
print(c(), c.calls)
def conditional_def(flag):
    if flag:
        def h():
            return "A"
    else:
        def h():
            return "B"
    return h()
print(conditional_def(True), conditional_def(False))
names = []
for n in range(3):
    def make():
        return n
    names.append(make.__name__)
print(names, make())
def gen_sq():
    sq = lambda v: v * v
    return [sq(i) for i in range(4)]
print(gen_sq())
