def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError:
    print("caught RecursionError")
print("still running")
x = {"a": 1}
print(x["b"])
