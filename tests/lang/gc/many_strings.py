# Creating and discarding millions of strings
n = 0
for i in range(600000):
    s = str(i) + "-" + str(i * 3)
    n += len(s)
print(n)
parts = []
for i in range(100000):
    parts.append("x" * (i % 50))
    if len(parts) > 100:
        parts = parts[50:]
print(len(parts), len(parts[-1]))
big = ""
for i in range(2000):
    big = big + str(i % 10)
    if len(big) > 500:
        big = big[250:]
print(len(big), big[:10])
words = " ".join([str(i) for i in range(100000)]).split()
print(len(words), words[-1])
up = 0
for w in words:
    up += len(w.upper() + w.lower())
print(up)
