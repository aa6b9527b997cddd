x = -3
assert x < 0, "x must be negative"
print("first assert passed")
assert x > 0, "x must be positive"
