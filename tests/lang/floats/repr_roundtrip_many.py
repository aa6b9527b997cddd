# repr of many computed floats (exercises shortest round-trip printing)
vals = []
for i in range(1, 60):
    vals.append(i / 7)
    vals.append(1.1 ** i)
    vals.append(10.0 ** -i * 3)
    vals.append(2.0 ** (i * 17 % 120 - 60) * 1.5)
for chunk in range(0, len(vals), 6):
    print(" ".join([repr(v) for v in vals[chunk:chunk + 6]]))
ok = 0
for v in vals:
    if float(repr(v)) == v:
        ok += 1
print(ok, len(vals))
x = 0.0
for i in range(30):
    x += 0.1
    print(x, end=" ")
print()
