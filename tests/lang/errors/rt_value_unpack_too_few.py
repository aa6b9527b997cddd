a, b, c = [1, 2, 3]
print(a + b + c)
a, b, c = [1, 2]
