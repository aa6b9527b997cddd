xs = [1, 2, 3]
del xs[0]
print(xs)
del xs[5]
