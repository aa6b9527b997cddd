print(len([1, 2]))
print(len(7))
