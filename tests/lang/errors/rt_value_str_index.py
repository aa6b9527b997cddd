print("hello".index("l"))
print("hello".index("z"))
