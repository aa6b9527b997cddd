s = "1" * 4300
print(int(s) % 97)
print(int(s + "1"))
