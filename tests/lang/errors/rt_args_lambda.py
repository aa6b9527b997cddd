g = lambda x, y: x * y
print(g(3, 4))
print(g(3))
