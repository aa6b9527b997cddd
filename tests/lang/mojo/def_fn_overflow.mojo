fn twice(x: Int) -> Int:
    return x * 2

print(twice(21))
print(twice(2**63))
