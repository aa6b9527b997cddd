# NameError inside a function: a local variable is the closest name
def area(width, height):
    result = width * height
    return reslt

print("start")
print(area(2, 3))
