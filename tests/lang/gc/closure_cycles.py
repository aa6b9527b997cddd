# Cycles through closures and function attributes
def make():
    def f():
        return f
    return f
for i in range(200000):
    g = make()
print(g() is g)
def pair():
    box = {}
    def get():
        return box
    box["getter"] = get
    return get
for i in range(150000):
    h = pair()
print(h()["getter"] is h)
for i in range(100000):
    fn = lambda: 0
    fn.me = fn
print(fn.me is fn)
def deep_chain(n):
    head = []
    cur = head
    for k in range(n):
        nxt = [k]
        cur.append(nxt)
        cur = nxt
    cur.append(head)
    return head
for i in range(200):
    c = deep_chain(1000)
node = c[-1]
d = 1
while node is not c:
    node = node[-1]
    d += 1
print(d)
