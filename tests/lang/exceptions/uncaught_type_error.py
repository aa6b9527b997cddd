# Uncaught TypeError with operand types in the message
def combine(a, b):
    return a + b
print(combine(1, 2))
print(combine("a", "b"))
print(combine([1], [2]))
print(combine({"k": 1}, {"k": 2}))
