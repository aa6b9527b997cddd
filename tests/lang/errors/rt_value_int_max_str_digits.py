n = 10 ** 4299
print(len(str(n)))
m = 10 ** 4300
print(len(str(m)))
