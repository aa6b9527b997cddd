# str() and repr() of 1000-digit ints
big = 7 ** 1200
s = str(big)
print(len(s), s[:40], s[-40:])
print(s)
print(repr(-big)[:20], len(repr(-big)))
f = 1
for i in range(2, 450):
    f *= i
fs = str(f)
print(len(fs), fs.count("0"), fs[:30])
print(int(s) == big, int("-" + s) == -big)
n = int("9" * 1000)
print(n + 1 == 10 ** 1000, len(str(n * n)))
print(str(10 ** 999)[:5], len(str(10 ** 999)))
print(f"{2 ** 3000:,}"[:50])
print(format(3 ** 2000, "x")[:40], len(hex(3 ** 2000)))
print(sum([int(c) for c in str(2 ** 1000)]))
