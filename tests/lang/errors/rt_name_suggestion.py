counter = 10
print(counter)
print(countr)
