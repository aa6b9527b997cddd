try:
    x = [None] * 10**12
except MemoryError:
    print("caught MemoryError")
print(len([None] * 10))
