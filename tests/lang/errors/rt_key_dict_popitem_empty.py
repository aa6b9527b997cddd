d = {"k": "v"}
print(d.popitem())
d.popitem()
