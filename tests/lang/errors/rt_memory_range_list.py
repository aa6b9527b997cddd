r = range(10**12)
print(len(r))
x = list(r)
print(len(x))
