# Fine-grained error locations under the source line
def ratio(a, b):
    return a / b

data = {"a": [1, 2]}
print(ratio(4, 2))
total = ratio(1, 0) + 1
