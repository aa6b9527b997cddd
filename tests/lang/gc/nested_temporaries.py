# Deeply nested temporary structures built and discarded
def build(depth):
    node = None
    for d in range(depth):
        node = {"d": d, "child": node, "pad": [d] * 3}
    return node
total = 0
for i in range(300):
    tree = build(1000)
    total += tree["d"]
print(total)
def walk(node):
    n = 0
    while node is not None:
        n += 1
        node = node["child"]
    return n
print(walk(tree))
matrices = 0
for i in range(2000):
    m = [[r * c for c in range(20)] for r in range(20)]
    t = [list(row) for row in zip(*m)]
    matrices += t[19][19]
print(matrices)
strs = [str(i) * 3 for i in range(1000)]
for rep in range(200):
    joined = ",".join(strs)
    back = joined.split(",")
print(len(back), back[999])
