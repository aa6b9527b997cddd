print(abs(-3))
print(abs("x"))
