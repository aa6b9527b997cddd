x = y = z = 1
print(f"{x:{y:{z}}}")
