# global and nonlocal declarations
counter = 0
def inc():
    global counter
    counter += 1
    return counter
print(inc(), inc(), counter)
def set_new():
    global brand_new
    brand_new = "created"
set_new()
print(brand_new)
def outer():
    x = 0
    def inner():
        nonlocal x
        x += 10
        return x
    inner(); inner()
    return x
print(outer())
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make()
add(5); add(7)
print(get())
def levels():
    a = 1
    def mid():
        a = 2
        def inner():
            nonlocal a
            a = 3
        inner()
        return a
    return a, mid()
print(levels())
g = "global"
def shadow():
    g = "local"
    def read():
        return g
    return read()
print(shadow(), g)
def glob_in_nested():
    def inner():
        global g
        g = "changed"
    inner()
print(glob_in_nested(), g)
