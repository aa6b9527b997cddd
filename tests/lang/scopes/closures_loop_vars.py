# Closures capturing loop variables
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = "rebound"
print([f() for f in funcs])
funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make(n):
    return lambda: n
funcs = [make(i) for i in range(4)]
print([f() for f in funcs])
def builder():
    result = []
    for k in range(3):
        def show():
            return k * 10
        result.append(show)
    return result
print([f() for f in builder()])
def builder2():
    result = []
    k = 0
    while k < 3:
        def show(k=k):
            return k * 10
        result.append(show)
        k += 1
    return result
print([f() for f in builder2()])
def counter_factory():
    counters = {}
    for name in ["a", "b"]:
        count = [0]
        def inc(count=count):
            count[0] += 1
            return count[0]
        counters[name] = inc
    return counters
cs = counter_factory()
print(cs["a"](), cs["a"](), cs["b"]())
