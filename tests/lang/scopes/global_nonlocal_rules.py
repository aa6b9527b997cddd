# global and nonlocal interactions
g = 0
def incr_global():
    global g
    g += 1
def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
incr_global(); incr_global()
print(g)
c = make_counter()
print(c(), c(), c())
def global_in_nested():
    g = "local g"
    def inner():
        global g
        g = "set by inner"
    inner()
    return g
print(global_in_nested(), g)
def nonlocal_chain():
    v = "level1"
    def l2():
        def l3():
            nonlocal v
            v = "set by l3"
        l3()
    l2()
    return v
print(nonlocal_chain())
def new_global():
    global created_inside
    created_inside = [1, 2]
new_global()
print(created_inside)
def swap_globals():
    global a, b
    a, b = b, a
a, b = "A", "B"
swap_globals()
print(a, b)
def accumulate():
    items = []
    total = 0
    def add(x):
        nonlocal total
        items.append(x)
        total += x
        return total
    return add, items
add, items = accumulate()
add(3); add(4)
print(items, add(0))
