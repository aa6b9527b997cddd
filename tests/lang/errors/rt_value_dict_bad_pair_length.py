print(dict([("a", 1)]))
print(dict([(1, 2, 3)]))
