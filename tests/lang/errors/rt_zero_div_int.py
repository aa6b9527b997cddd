print("before")
a = 7
b = 0
print(a // 1)
print(a // b)
print("not reached")
