x = 42
print(x)
print(x[0])
