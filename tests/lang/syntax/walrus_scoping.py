# Walrus operator: binds in enclosing function scope even from comprehensions
def f():
    r = [y := v for v in range(3)]
    return r, y
print(f())
def g(data):
    if any([(hit := d) > 10 for d in data]):
        return hit
    return None
print(g([1, 20, 30]), g([1, 2]))
def h():
    total = 0
    vals = [total := total + i for i in range(5)]
    return vals, total
print(h())
n = 0
while (n := n + 1) < 3:
    pass
print(n)
print([(a, b) for a in range(3) if (b := a * a) > 0])
def chunks(seq, size):
    out = []
    i = 0
    while (chunk := seq[i:i + size]):
        out.append(chunk)
        i += size
    return out
print(chunks("abcdefg", 3), chunks([], 2))
if (m := {"k": 1}.get("k")) is not None:
    print("found", m)
print((lambda: (z := 7) * z)())
values = [3, 8, 12]
print([v for v in values if (half := v // 2) > 3], half)
