# A program producing many lines of output
for i in range(2000):
    print(i, i * i, hex(i), f"{i / 7:.3f}", "x" * (i % 13))
total = sum([i * i for i in range(2000)])
print("total", total)
for row in range(50):
    print("".join(["#" if (row * c) % 7 < 3 else "." for c in range(80)]))
for n in range(1, 31):
    row = [str(n * k) for k in range(1, 11)]
    print(f"{n:>3}: " + " ".join([x.rjust(4) for x in row]))
tri = []
for i in range(25):
    tri.append(sum(range(i + 1)))
print(tri)
for i in range(0, 500, 7):
    print(repr(i / 13), [i % 3, i % 5], (i, -i), {"v": i})
print("=" * 80)
print("end of large output")
