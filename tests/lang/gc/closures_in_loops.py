# Creating many closures that capture cells and dropping them
def make_adder(n):
    def add(x):
        return x + n
    return add
total = 0
for i in range(300000):
    f = make_adder(i)
    total += f(1)
print(total)
def make_counter():
    c = [0]
    def inc():
        c[0] += 1
        return c[0]
    return inc
s = 0
for i in range(100000):
    inc = make_counter()
    inc()
    s += inc()
print(s)
fs = []
for i in range(200000):
    fs.append(lambda v, i=i: v * i)
    if len(fs) > 10:
        fs = fs[5:]
print(len(fs), fs[-1](2))
