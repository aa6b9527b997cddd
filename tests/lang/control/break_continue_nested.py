# break and continue in nested loops
for i in range(4):
    for j in range(4):
        if j == 2:
            break
        print(i, j, end="; ")
    print()
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
print()
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        j += 1
        if j % 2 == 0:
            continue
        if j > 3:
            break
        count += 1
    i += 1
print("count", count)
result = []
for a in "abc":
    for b in "xyz":
        if b == "y":
            continue
        for c in "12":
            if c == "2" and a == "b":
                break
            result.append(a + b + c)
print(result)
