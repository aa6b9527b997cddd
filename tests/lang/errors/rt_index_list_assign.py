xs = [0] * 3
xs[2] = 1
print(xs)
xs[5] = 1
