print(list(iter([1, 2])))
print(iter(5))
