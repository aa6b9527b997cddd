xs = [3, 1]
xs.append(2)
print(xs)
xs.append(4, 5)
