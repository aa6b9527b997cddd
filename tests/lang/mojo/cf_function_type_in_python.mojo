def python_side(f: fn (Int) -> Int):
    return f

print(python_side)
