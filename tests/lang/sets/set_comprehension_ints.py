# Set comprehensions and operations over int ranges
squares = {x * x for x in range(-5, 6)}
print(squares, len(squares))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, evens | threes, evens - threes, threes - evens, evens ^ threes)
print({x % 5 for x in range(100)}, {-x for x in range(4)}, {2 ** i for i in range(8)})
mods = {}
for n in range(30):
    mods.setdefault(n % 4, set()).add(n)
print(mods)
print(sorted({x // 3 for x in range(10)}, reverse=True))
big = {i * 37 % 101 for i in range(101)}
print(len(big), min(big), max(big), sum(big))
print({1, 2, 3} | {4}, {100, 200, 300}, {64, 32, 16, 8}, {1000, 1, 100})
