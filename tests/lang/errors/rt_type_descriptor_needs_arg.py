print(str.upper("x"))
print(str.upper())
