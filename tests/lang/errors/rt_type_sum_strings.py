print(sum([1, 2, 3]))
print(sum(["a", "b"]))
