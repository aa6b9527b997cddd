# Closures and cell variables
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter(); c2 = counter()
print(c1(), c1(), c1(), c2())
def make_funcs():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make_funcs()])
def make_funcs_bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in make_funcs_bound()])
def late():
    def get():
        return value
    value = "assigned after def"
    return get
print(late()())
def shared():
    x = []
    def push(v):
        x.append(v)
    def peek():
        return list(x)
    return push, peek
push, peek = shared()
push(1); push(2)
print(peek())
print(add5.__closure__[0].cell_contents, len(c1.__closure__))
print(make_adder.__closure__)
def deep(a):
    def l1(b):
        def l2(c):
            return a + b + c
        return l2
    return l1
print(deep(1)(10)(100))
