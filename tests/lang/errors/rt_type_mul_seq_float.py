print([1] * 3)
print([1] * 2.5)
