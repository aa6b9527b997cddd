t = (1, 2, 3)
print(t)
t[1] = 5
