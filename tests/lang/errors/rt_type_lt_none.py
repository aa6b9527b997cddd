print(max([1, 5, 3]))
print(max([1, None]))
