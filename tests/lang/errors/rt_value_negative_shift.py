print(1 << 10)
print(1 << -1)
