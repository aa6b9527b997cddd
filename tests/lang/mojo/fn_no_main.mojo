fn square(x: Int) -> Int:
    return x * x

print(square(12))
