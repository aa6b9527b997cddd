# A program producing many lines of output
for i in range(2000):
    print(i, i * i, hex(i), f"{i / 7:.3f}", "x" * (i % 13))
total = sum([i * i for i in range(2000)])
print("total", total)
for row in range(50):
    print("".join(["#" if (row * c) % 7 < 3 else "." for c in range(80)]))
