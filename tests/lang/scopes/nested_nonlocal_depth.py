# nonlocal through several levels and sibling closures sharing a cell
def level0():
    v = 0
    def level1():
        def level2():
            def level3():
                nonlocal v
                v += 1000
                return v
            return level3()
        return level2()
    def bump():
        nonlocal v
        v += 1
        return v
    return level1, bump, lambda: v
l1, bump, get = level0()
print(l1(), bump(), get(), l1(), get())
def pair():
    shared = []
    def push(x):
        shared.append(x)
    def size():
        return len(shared)
    def reset():
        nonlocal shared
        shared = []
    return push, size, reset
push, size, reset = pair()
push(1); push(2)
print(size())
reset()
print(size())
push(3)
print(size())
def make_acc():
    total = 0
    def acc(n):
        nonlocal total
        total += n
        return total
    return acc
a1 = make_acc()
a2 = make_acc()
print([a1(i) for i in range(5)], a2(100), a1(0))
