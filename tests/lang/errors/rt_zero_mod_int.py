print(17 % 5)
print(17 % 0)
