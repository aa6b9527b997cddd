print("a", end="!\n")
print("b", end=5)
