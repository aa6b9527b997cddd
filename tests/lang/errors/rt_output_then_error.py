for i in range(20000):
    print(i, i * i)
print(1 + None)
