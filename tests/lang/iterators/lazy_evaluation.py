# map/filter/zip are lazy and pull items on demand
log = []
def src(n):
    log.append(("src", n))
    return n
def sq(x):
    log.append(("sq", x))
    return x * x
m = map(sq, map(src, [1, 2, 3]))
print(log)
print(next(m), log)
log.clear()
print(list(m), log)
log.clear()
f = filter(lambda v: log.append(("test", v)) or v % 2, [1, 2, 3, 4])
print(next(f), log)
log.clear()
z = zip(map(src, [1, 2, 3]), map(src, [10]))
print(list(z), log)
def gen_items(n):
    return [src(i) for i in range(n)]
log.clear()
items = gen_items(3)
print(log)
it = iter(items)
for v in it:
    if v == 1:
        break
print(list(it))
