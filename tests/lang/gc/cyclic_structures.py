# Reference cycles: lists containing themselves, mutual references, dict cycles
created = 0
for i in range(200000):
    a = [i]
    a.append(a)
    created += len(a)
print(created)
for i in range(100000):
    x = {"id": i}
    y = {"peer": x}
    x["peer"] = y
print(x["peer"]["peer"]["id"])
for i in range(100000):
    p = [None]
    q = [p]
    p[0] = q
    r = (p, q)
print(r[0][0][0] is p)
def make_cycle(n):
    nodes = [[k, None] for k in range(n)]
    for k in range(n):
        nodes[k][1] = nodes[(k + 1) % n]
    return nodes[0]
head = None
for i in range(3000):
    head = make_cycle(50)
node = head
for _ in range(120):
    node = node[1]
print(node[0])
self_ref = []
self_ref.append(self_ref)
print(self_ref, len(self_ref))
