print(10 ** 20 / 3)
print(10 ** 400 / 3)
