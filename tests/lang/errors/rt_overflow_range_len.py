r = range(10 ** 30)
print(r[5])
print(len(r))
