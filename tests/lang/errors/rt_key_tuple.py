d = {}
d[1, 2] = 3
print(d[1, 2])
print(d[2, 1])
